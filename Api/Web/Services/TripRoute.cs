using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.Api.Web.Services;

/// <summary>A marker on a trip's map: <see cref="Kind"/> names its style in <c>wwwroot/js/route-map.js</c>.</summary>
public sealed record RouteMarker(string Kind, double Lat, double Lon, string Text);

/// <summary>A point of the speed profile: seconds since the trip's first fix, and the speed in mph.</summary>
public sealed record SpeedSample(double Seconds, double Mph);

/// <summary>What a trip's page draws: its route (at most <see cref="MaxPoints"/> points), its markers and its speed profile.</summary>
public sealed record TripRoute(IReadOnlyList<double[]> Points, IReadOnlyList<RouteMarker> Markers, IReadOnlyList<SpeedSample> Speeds)
{
    public const int MaxPoints = 200;
    public const int MaxSpeedSamples = 120;

    /// <summary>Fixes closer in time than this belong to one harsh event or one stretch of speeding, marked once.</summary>
    public static readonly TimeSpan SameEvent = TimeSpan.FromSeconds(3);

    public static readonly TripRoute Empty = new([], [], []);

    /// <summary>
    /// The route of a trip's archived fixes, in time order: evenly thinned to <see cref="MaxPoints"/> (first and last
    /// kept), a marker at the start and end, one per harsh braking, acceleration or turn at the model's lowest
    /// thresholds (6 mph/s along, 8 mph/s across) where the fix carries its acceleration, and one per stretch above the
    /// speed limit where the fix carries the limit.
    /// </summary>
    public static TripRoute Of(IReadOnlyList<TelematicsEvent> events)
    {
        var fixes = events.Where(e => double.IsFinite(e.Latitude) && double.IsFinite(e.Longitude) && !(e.Latitude == 0 && e.Longitude == 0))
            .OrderBy(e => e.Timestamp).ToList();
        if (fixes.Count == 0)
        {
            return Empty;
        }

        var points = Thin(fixes, MaxPoints).Select(e => new[] { e.Latitude, e.Longitude }).ToList();
        var start = fixes[0].Timestamp;
        var speeds = Thin(fixes, MaxSpeedSamples).Select(e => new SpeedSample((e.Timestamp - start).TotalSeconds, e.SpeedMps / HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond)).ToList();
        var markers = new List<RouteMarker>
        {
            new("start", fixes[0].Latitude, fixes[0].Longitude, ""),
            new("end", fixes[^1].Latitude, fixes[^1].Longitude, ""),
        };
        markers.AddRange(Episodes(fixes, e => MphPerSecond(-e.AccelLongMps2) >= Braking, "harshBraking", e => $"{MphPerSecond(-e.AccelLongMps2):0.0} mph/s"));
        markers.AddRange(Episodes(fixes, e => MphPerSecond(e.AccelLongMps2) >= Braking, "harshAcceleration", e => $"{MphPerSecond(e.AccelLongMps2):0.0} mph/s"));
        markers.AddRange(Episodes(fixes, e => MphPerSecond(Math.Abs(e.AccelLatMps2)) >= Turning, "harshCornering", e => $"{MphPerSecond(Math.Abs(e.AccelLatMps2)):0.0} mph/s"));
        markers.AddRange(Episodes(fixes, e => e.SpeedLimitMps is > 0 and var limit && e.SpeedMps > limit, "speeding",
            e => $"{e.SpeedMps / HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond:0} mph in a {e.SpeedLimitMps!.Value / HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond:0} mph zone"));
        return new TripRoute(points, markers, speeds);
    }

    private static readonly double Braking = HarshEventThresholds.LongitudinalMphPerSecond[0];
    private static readonly double Turning = HarshEventThresholds.LateralMphPerSecond[0];

    private static double MphPerSecond(double mps2) => mps2 / HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;

    /// <summary>Every n-th fix so that at most <paramref name="max"/> remain, the last one always among them.</summary>
    public static IReadOnlyList<TelematicsEvent> Thin(IReadOnlyList<TelematicsEvent> fixes, int max)
    {
        if (fixes.Count <= max)
        {
            return fixes;
        }

        var step = (fixes.Count - 1) / (double)(max - 1);
        return Enumerable.Range(0, max).Select(i => fixes[(int)Math.Round(i * step)]).ToList();
    }

    /// <summary>One marker per run of matching fixes (gaps under <see cref="SameEvent"/>), at the run's first fix.</summary>
    private static IEnumerable<RouteMarker> Episodes(IReadOnlyList<TelematicsEvent> fixes, Func<TelematicsEvent, bool> matches, string kind, Func<TelematicsEvent, string> text)
    {
        DateTimeOffset? last = null;
        foreach (var fix in fixes.Where(matches))
        {
            if (last is null || fix.Timestamp - last.Value > SameEvent)
            {
                yield return new RouteMarker(kind, fix.Latitude, fix.Longitude, text(fix));
            }

            last = fix.Timestamp;
        }
    }
}
