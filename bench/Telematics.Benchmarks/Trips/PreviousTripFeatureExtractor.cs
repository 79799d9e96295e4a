using Telematics.Geo;
using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.Benchmarks.Trips;

/// <summary>
/// The extractor as it stood before the one-pass rewrite (a delegate per class, one pass per class), kept
/// only as the baseline that <see cref="TripFeatureExtractionBenchmarks"/> measures against in the same run.
/// </summary>
internal static class PreviousTripFeatureExtractor
{
    private const double HysteresisMphPerSecond = 1.0;
    private static readonly TimeSpan MaxEpisodeGap = TimeSpan.FromSeconds(2);

    public static TripFeatures Extract(IReadOnlyList<TelematicsEvent> events)
    {
        var distance = 0.0;
        var maxSpeed = 0.0;
        for (var i = 0; i < events.Count; i++)
        {
            maxSpeed = Math.Max(maxSpeed, events[i].SpeedMps);
            if (i > 0)
            {
                distance += GeoMath.HaversineM(events[i - 1].Latitude, events[i - 1].Longitude, events[i].Latitude, events[i].Longitude);
            }
        }

        var longitudinal = HarshEventThresholds.LongitudinalMphPerSecond;
        var lateral = HarshEventThresholds.LateralMphPerSecond;
        return new TripFeatures(
            StartedAt: events[0].Timestamp,
            EndedAt: events[^1].Timestamp,
            DistanceM: distance,
            DurationS: (events[^1].Timestamp - events[0].Timestamp).TotalSeconds,
            MaxSpeedMps: maxSpeed,
            AccelerationCounts: CountEpisodes(events, e => e.AccelLongMps2, longitudinal),
            BrakingCounts: CountEpisodes(events, e => -e.AccelLongMps2, longitudinal),
            LeftTurnCounts: CountEpisodes(events, e => e.AccelLatMps2, lateral),
            RightTurnCounts: CountEpisodes(events, e => -e.AccelLatMps2, lateral),
            EventCount: events.Count);
    }

    private static int[] CountEpisodes(IReadOnlyList<TelematicsEvent> events, Func<TelematicsEvent, double> intensity, IReadOnlyList<int> thresholdsMph)
    {
        var counts = new int[thresholdsMph.Count];
        var enter = thresholdsMph[0] * HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;
        var exit = (thresholdsMph[0] - HysteresisMphPerSecond) * HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;
        var peak = double.NaN;

        for (var i = 0; i < events.Count; i++)
        {
            var value = intensity(events[i]);
            var gap = i > 0 && events[i].Timestamp - events[i - 1].Timestamp > MaxEpisodeGap;
            if (!double.IsNaN(peak) && (value < exit || gap))
            {
                Close(peak);
                peak = double.NaN;
            }

            if (!double.IsNaN(peak))
            {
                peak = Math.Max(peak, value);
            }
            else if (value >= enter)
            {
                peak = value;
            }
        }

        if (!double.IsNaN(peak))
        {
            Close(peak);
        }

        return counts;

        void Close(double episodePeak)
        {
            var peakMph = episodePeak / HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond + 1e-9;
            for (var t = 0; t < thresholdsMph.Count && peakMph >= thresholdsMph[t]; t++)
            {
                counts[t]++;
            }
        }
    }
}
