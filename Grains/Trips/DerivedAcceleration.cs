using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// The acceleration over the interval that ends at a sample, for devices without an accelerometer: longitudinal from
/// speed over time, lateral from heading change times speed (v · dθ/dt, which is v²/r on an arc), positive to the left.
/// </summary>
/// <remarks>
/// Both are means over a span of samples: the interval itself, widened on both sides without crossing a gap to at least
/// <see cref="TripFeatureOptions.LongitudinalDerivationWindow"/> or <see cref="TripFeatureOptions.LateralDerivationWindow"/>
/// (a heading is noisier than a speed, so its span is longer). A mean is exact for the speed change it
/// spans (Δv / Δt) and a lower bound of the peak inside it, so over long intervals derived counts are lower bounds;
/// docs/features.md tabulates the bias per interval.
/// </remarks>
internal static class DerivedAcceleration
{
    public static (double LongMps2, double LatMps2) OverIntervalEndingAt(
        ReadOnlySpan<TelemetrySample> samples, ReadOnlySpan<double> speeds, int index, SamplingProfile profile, TripFeatureOptions options)
    {
        var (first, last) = Span(samples, index, profile, options.LongitudinalDerivationWindow.Ticks);
        var longitudinal = (speeds[last] - speeds[first]) / SecondsBetween(samples, first, last);
        var (lo, hi) = Span(samples, index, profile, options.LateralDerivationWindow.Ticks);
        var lateral = Lateral(samples, speeds, lo, hi, SecondsBetween(samples, lo, hi), options);
        return (Plausible(longitudinal, options), Plausible(lateral, options));
    }

    /// <summary>The sign of the heading change around a sample: +1 turning left, −1 right, 0 straight or unknown.</summary>
    public static int TurnSide(ReadOnlySpan<TelemetrySample> samples, int index)
    {
        var lo = Math.Max(0, index - 1);
        var hi = Math.Min(samples.Length - 1, index + 1);
        var clockwise = 0.0;
        for (var k = lo + 1; k <= hi; k++)
        {
            clockwise += HeadingChangeDeg(samples[k - 1].HeadingDeg, samples[k].HeadingDeg);
        }

        return -Math.Sign(clockwise);
    }

    private static (int Lo, int Hi) Span(ReadOnlySpan<TelemetrySample> samples, int index, SamplingProfile profile, long windowTicks)
    {
        var lo = index - 1;
        var hi = index;
        var middle = (samples[lo].UtcTicks + samples[hi].UtcTicks) / 2;
        while (samples[hi].UtcTicks - samples[lo].UtcTicks < windowTicks)
        {
            var canWiden = lo > 0 && !profile.IsGap(samples[lo].UtcTicks - samples[lo - 1].UtcTicks);
            var canLengthen = hi < samples.Length - 1 && !profile.IsGap(samples[hi + 1].UtcTicks - samples[hi].UtcTicks);
            if (canWiden && (!canLengthen || middle - samples[lo].UtcTicks <= samples[hi].UtcTicks - middle))
            {
                lo--;
            }
            else if (canLengthen)
            {
                hi++;
            }
            else
            {
                break;
            }
        }

        return (lo, hi);
    }

    private static double SecondsBetween(ReadOnlySpan<TelemetrySample> samples, int first, int last) =>
        (samples[last].UtcTicks - samples[first].UtcTicks) / (double)TimeSpan.TicksPerSecond;

    private static double Lateral(ReadOnlySpan<TelemetrySample> samples, ReadOnlySpan<double> speeds, int lo, int hi, double seconds, TripFeatureOptions options)
    {
        var clockwiseDeg = 0.0;
        var metres = 0.0;
        for (var k = lo + 1; k <= hi; k++)
        {
            if (Math.Min(speeds[k - 1], speeds[k]) < options.DerivedLateralMinSpeedMps)
            {
                return 0;
            }

            clockwiseDeg += HeadingChangeDeg(samples[k - 1].HeadingDeg, samples[k].HeadingDeg);
            metres += (speeds[k - 1] + speeds[k]) / 2 * (samples[k].UtcTicks - samples[k - 1].UtcTicks) / TimeSpan.TicksPerSecond;
        }

        // Compass headings grow clockwise, to the right; lateral acceleration is positive to the left.
        return -(metres / seconds) * (clockwiseDeg * Math.PI / 180) / seconds;
    }

    /// <summary>The change from one compass heading to the next, the short way round: −180 to 180 degrees.</summary>
    private static double HeadingChangeDeg(double from, double to)
    {
        var change = (to - from) % 360;
        return change > 180 ? change - 360 : change < -180 ? change + 360 : change;
    }

    private static double Plausible(double mps2, TripFeatureOptions options) =>
        Math.Abs(mps2) <= options.MaxDerivedAccelerationMps2 ? mps2 : 0;
}
