using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// Computes a trip's features from its cleaned samples: how it was sampled, where each sample's speed and accelerations
/// come from, then one pass over its intervals.
/// </summary>
/// <remarks>
/// Sources of motion are chosen by <see cref="TripMotion"/>, gaps by <see cref="SamplingProfile"/>, episode rules are on
/// <see cref="HarshEpisodeCounter"/>, interval rules on <see cref="TripFeatureAccumulator"/>, data-quality rules on
/// <see cref="TelemetryCleaner"/>; docs/features.md gathers them.
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

        var profile = SamplingProfile.Of(samples, options);
        var motion = TripMotion.Of(samples, profile, options, out var sources);
        var accumulator = new TripFeatureAccumulator(options, profile);
        accumulator.AddFirst(motion[0]);
        for (var i = 1; i < samples.Length; i++)
        {
            accumulator.AddInterval(samples, motion, i);
        }

        accumulator.AddLast(samples, motion[^1]);
        return accumulator.ToFeatures(telemetry, sources);
    }
}
