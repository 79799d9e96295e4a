using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// Computes a trip's features in one allocation-free pass over its cleaned samples.
/// </summary>
/// <remarks>
/// Episode rules are on <see cref="HarshEpisodeCounter"/>, interval rules on <see cref="TripFeatureAccumulator"/>,
/// data-quality rules on <see cref="TelemetryCleaner"/>; docs/features.md gathers them.
/// </remarks>
public static class TripFeatureExtractor
{
    public static TripFeatures Extract(CleanedTelemetry telemetry, TripFeatureOptions options)
    {
        ReadOnlySpan<TelemetrySample> samples = telemetry.Samples;
        if (samples.IsEmpty)
        {
            throw new ArgumentException("A trip needs at least one event.", nameof(telemetry));
        }

        var accumulator = new TripFeatureAccumulator(options);
        for (var i = 1; i < samples.Length; i++)
        {
            accumulator.AddInterval(samples[i - 1], samples[i]);
        }

        accumulator.AddLast(samples[^1]);
        return accumulator.ToFeatures(telemetry);
    }
}
