using Telematics.Geo;
using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// Computes a trip's features from its events, ordered by time and free of duplicates.
/// </summary>
/// <remarks>
/// A harsh event is an <em>episode</em>, not a sample: it starts when the acceleration reaches the lowest
/// threshold of its class and lasts while it stays above that threshold less <see cref="HysteresisMphPerSecond"/>,
/// so a 3 s braking at 10 Hz is one braking. The episode's peak decides which thresholds it counts at, so the
/// counts at higher thresholds never exceed those at lower ones. A gap between fixes longer than
/// <see cref="MaxEpisodeGap"/> closes an episode: a gap is missing data, not a harsh event.
/// </remarks>
public static class TripFeatureExtractor
{
    public const double HysteresisMphPerSecond = 1.0;
    public static readonly TimeSpan MaxEpisodeGap = TimeSpan.FromSeconds(2);

    public static TripFeatures Extract(IReadOnlyList<TelematicsEvent> events)
    {
        if (events.Count == 0)
        {
            throw new ArgumentException("A trip needs at least one event.", nameof(events));
        }

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

    /// <summary>Counts episodes of <paramref name="intensity"/> (m/s², positive in the class's direction) by peak.</summary>
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
            // The tolerance keeps a peak of exactly N mph/s, converted to m/s² and back, in class N.
            var peakMph = episodePeak / HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond + 1e-9;
            for (var t = 0; t < thresholdsMph.Count && peakMph >= thresholdsMph[t]; t++)
            {
                counts[t]++;
            }
        }
    }
}
