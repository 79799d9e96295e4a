using Telematics.Api.Web.Services;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Web;

public sealed class TripRouteTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static TelematicsEvent Fix(int second, double accelLong = 0, double speed = 15, double? limit = null) =>
        new(Start.AddSeconds(second), 51.5 + second * 1e-4, -0.12, speed, 90, accelLong, 0, SpeedLimitMps: limit);

    [Fact]
    public void A_long_trip_is_thinned_to_the_point_limit_keeping_its_first_and_last_fix()
    {
        var fixes = Enumerable.Range(0, 3_601).Select(s => Fix(s)).ToList();

        var route = TripRoute.Of(fixes);

        Assert.Equal(TripRoute.MaxPoints, route.Points.Count);
        Assert.Equal([fixes[0].Latitude, fixes[0].Longitude], route.Points[0]);
        Assert.Equal([fixes[^1].Latitude, fixes[^1].Longitude], route.Points[^1]);
        Assert.Equal(TripRoute.MaxSpeedSamples, route.Speeds.Count);
    }

    [Fact]
    public void A_harsh_braking_over_several_fixes_is_one_marker_and_a_later_one_another()
    {
        // 6 mph/s is 2.68 m/s²: fixes 10-12 brake at 3 m/s², fix 30 again; fix 20 at 2 m/s² is below the threshold.
        var fixes = Enumerable.Range(0, 40).Select(s => Fix(s, accelLong: s is 10 or 11 or 12 or 30 ? -3 : s == 20 ? -2 : 0)).ToList();

        var markers = TripRoute.Of(fixes).Markers;

        Assert.Equal(2, markers.Count(m => m.Kind == "harshBraking"));
        Assert.Single(markers, m => m.Kind == "start");
        Assert.Single(markers, m => m.Kind == "end");
    }

    [Fact]
    public void Speeding_is_marked_where_a_fix_is_above_its_limit_and_fixes_without_a_position_are_left_out()
    {
        var fixes = new List<TelematicsEvent> { Fix(0), Fix(1, speed: 20, limit: 13.4), Fix(2) with { Latitude = double.NaN } };

        var route = TripRoute.Of(fixes);

        Assert.Equal(2, route.Points.Count);
        var speeding = Assert.Single(route.Markers, m => m.Kind == "speeding");
        Assert.Equal("45 mph in a 30 mph zone", speeding.Text);
    }

    [Fact]
    public void A_trip_without_fixes_has_no_route()
    {
        Assert.Same(TripRoute.Empty, TripRoute.Of([]));
    }
}
