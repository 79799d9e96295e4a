namespace Telematics.Telemetry;

/// <summary>
/// Replaces speed readings no vehicle could have reached from the last plausible one: a change of speed faster than
/// <see cref="TelemetryCleaningOptions.MaxPlausibleAccelerationMps2"/> over the interval, beyond the reading noise
/// <see cref="TelemetryCleaningOptions.SpeedNoiseToleranceMps"/>. One such reading (a multipath Doppler spike of 60 m/s
/// in a 20 m/s drive) otherwise became the trip's maximum speed, a harsh acceleration and braking, and distance.
/// </summary>
/// <remarks>
/// The rule is the speed twin of the position jump rule. Before any reading is accepted there is nothing to compare
/// with, so the first accepted one is the first that agrees with one of the two readings after it: a spike right
/// after the first reading cannot then reject the trip's readings from there on. A replaced reading takes the value interpolated in time between its plausible neighbours,
/// so distance and derived acceleration see the motion the neighbours bound.
/// </remarks>
internal static class SpeedSpikeFilter
{
    /// <summary>Filters <paramref name="samples"/> in place; returns how many readings it replaced.</summary>
    public static int Apply(Span<TelemetrySample> samples, TelemetryCleaningOptions options)
    {
        if (samples.Length < 2)
        {
            return 0;
        }

        Span<bool> plausible = samples.Length <= 1024 ? stackalloc bool[samples.Length] : new bool[samples.Length];
        var anchor = -1;
        for (var i = 0; i < samples.Length; i++)
        {
            plausible[i] = anchor >= 0 ? Plausible(samples[anchor], samples[i], options) : AgreesWithNext(samples, i, options);
            anchor = plausible[i] ? i : anchor;
        }

        var replaced = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            if (!plausible[i])
            {
                samples[i] = samples[i] with { SpeedMps = Interpolated(samples, plausible, i) };
                replaced++;
            }
        }

        return replaced;
    }

    private static bool Plausible(in TelemetrySample from, in TelemetrySample to, TelemetryCleaningOptions options)
    {
        var seconds = Math.Abs(to.UtcTicks - from.UtcTicks) / (double)TimeSpan.TicksPerSecond;
        return Math.Abs(to.SpeedMps - from.SpeedMps) <= options.MaxPlausibleAccelerationMps2 * seconds + options.SpeedNoiseToleranceMps;
    }

    private static bool AgreesWithNext(ReadOnlySpan<TelemetrySample> samples, int index, TelemetryCleaningOptions options) =>
        index + 1 >= samples.Length
        || Plausible(samples[index], samples[index + 1], options)
        || (index + 2 < samples.Length && Plausible(samples[index], samples[index + 2], options));

    /// <summary>At least one reading is plausible: the last one is whenever no earlier one was.</summary>
    private static double Interpolated(ReadOnlySpan<TelemetrySample> samples, ReadOnlySpan<bool> plausible, int index)
    {
        var before = plausible[..index].LastIndexOf(true);
        var after = plausible[(index + 1)..].IndexOf(true) is var offset and >= 0 ? index + 1 + offset : -1;
        if (before < 0 || after < 0)
        {
            return samples[before < 0 ? after : before].SpeedMps;
        }

        var share = (samples[index].UtcTicks - samples[before].UtcTicks) / (double)(samples[after].UtcTicks - samples[before].UtcTicks);
        return samples[before].SpeedMps + (samples[after].SpeedMps - samples[before].SpeedMps) * share;
    }
}
