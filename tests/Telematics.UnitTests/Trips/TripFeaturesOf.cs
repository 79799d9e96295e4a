using System.Text.Json;
using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.UnitTests.Trips;

/// <summary>Runs the production pipeline, cleaning then extraction, with default options in UTC unless told.</summary>
internal static class TripFeaturesOf
{
    public static TripFeatureOptions Utc => new() { TimeZoneId = "UTC" };

    public static TripFeatures Events(IEnumerable<TelematicsEvent> events, TripFeatureOptions? options = null) =>
        TripFeatureExtractor.Extract(TelemetryCleaner.Clean(events, new TelemetryCleaningOptions()), options ?? Utc);

    /// <summary>Every field as text, arrays by content, except the duplicate count, which depends on delivery.</summary>
    public static string Comparable(TripFeatures features) => JsonSerializer.Serialize(features with { DuplicateEventCount = 0 });
}
