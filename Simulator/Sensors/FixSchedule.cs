using Telematics.Simulator.Physics;

namespace Telematics.Simulator.Sensors;

/// <summary>
/// Thins a drive sampled finely (the simulator's 10 Hz) to the fixes a device reporting less often sends: the first
/// sample at or after each due time, the next one due an interval later, the first and last samples always.
/// </summary>
/// <remarks>
/// Each fix's accelerations are the means over the whole interval since the fix before, as a device that filters its
/// accelerometer over its reporting period gives them, so the change of speed between two fixes is still exactly the
/// longitudinal acceleration times the interval.
/// </remarks>
public static class FixSchedule
{
    /// <param name="nextIntervalS">The time to the next fix, asked once per fix: constant, or drawn for a device that varies it.</param>
    public static IReadOnlyList<TrueSample> Thin(IReadOnlyList<TrueSample> samples, Func<double> nextIntervalS)
    {
        var fixes = new List<TrueSample> { samples[0] };
        var due = nextIntervalS();
        double sumLong = 0, sumLat = 0;
        for (var i = 1; i < samples.Count; i++)
        {
            var step = samples[i].TimeS - samples[i - 1].TimeS;
            sumLong += samples[i].AccelLongMps2 * step;
            sumLat += samples[i].AccelLatMps2 * step;
            // A due time met up to rounding of the summed integration steps counts as met.
            if (samples[i].TimeS < due - 1e-6 && i < samples.Count - 1)
            {
                continue;
            }

            var interval = samples[i].TimeS - fixes[^1].TimeS;
            fixes.Add(samples[i] with { AccelLongMps2 = sumLong / interval, AccelLatMps2 = sumLat / interval });
            (sumLong, sumLat) = (0, 0);
            due = i < samples.Count - 1 ? samples[i].TimeS + nextIntervalS() : due;
        }

        return fixes;
    }
}
