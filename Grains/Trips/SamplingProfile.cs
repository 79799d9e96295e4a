using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>How often a trip was sampled, and from that which silences are gaps.</summary>
/// <param name="MedianIntervalTicks">The median interval between consecutive samples; 0 for a single sample.</param>
/// <param name="GapTicks">An interval longer than this is a gap.</param>
internal readonly record struct SamplingProfile(long MedianIntervalTicks, long GapTicks)
{
    public static SamplingProfile Of(ReadOnlySpan<TelemetrySample> samples, TripFeatureOptions options)
    {
        var median = MedianInterval(samples);
        var gap = Math.Max(options.MaxSampleInterval.Ticks, (long)(options.GapIntervalMultiple * median));
        return new SamplingProfile(median, gap);
    }

    public bool IsGap(long intervalTicks) => intervalTicks > GapTicks;

    private static long MedianInterval(ReadOnlySpan<TelemetrySample> samples)
    {
        if (samples.Length < 2)
        {
            return 0;
        }

        var intervals = new long[samples.Length - 1];
        for (var i = 1; i < samples.Length; i++)
        {
            intervals[i - 1] = samples[i].UtcTicks - samples[i - 1].UtcTicks;
        }

        Array.Sort(intervals);
        var middle = intervals.Length / 2;
        return intervals.Length % 2 == 1 ? intervals[middle] : (intervals[middle - 1] + intervals[middle]) / 2;
    }
}
