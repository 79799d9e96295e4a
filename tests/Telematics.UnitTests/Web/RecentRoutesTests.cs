using Telematics.Api.Web.Services;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Web;

public sealed class RecentRoutesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static TelematicsEvent Fix(int second, double accelLong = 0) =>
        new(Start.AddSeconds(second), 51.5 + second * 1e-5, -0.12, 15, 90, accelLong, 0);

    [Fact]
    public void A_long_trip_is_kept_thinned_with_its_last_fix_and_its_harsh_events()
    {
        var routes = new RecentRoutes();
        // An hour at 1 Hz in batches of 60, with a harsh braking at an odd second that thinning would drop.
        for (var batch = 0; batch < 60; batch++)
        {
            routes.Record("T1", [.. Enumerable.Range(batch * 60, 60).Select(s => Fix(s, accelLong: s == 1_001 ? -4 : 0))]);
        }

        var kept = routes.Read("T1");

        Assert.InRange(kept.Count, TripRoute.MaxPoints, 2 * TripRoute.MaxPoints + 2);
        Assert.Contains(kept, e => e.Timestamp == Start.AddSeconds(3_599));
        Assert.Contains(kept, e => e.Timestamp == Start.AddSeconds(1_001));
        Assert.Single(TripRoute.Of(kept).Markers, m => m.Kind == "harshBraking");
    }

    [Fact]
    public void Past_its_bound_the_oldest_trips_are_forgotten()
    {
        var routes = new RecentRoutes();
        for (var trip = 0; trip <= RecentRoutes.MaxTrips; trip++)
        {
            routes.Record($"T{trip}", [Fix(0)]);
        }

        Assert.Empty(routes.Read("T0"));
        Assert.NotEmpty(routes.Read($"T{RecentRoutes.MaxTrips}"));
        Assert.Empty(routes.Read("never-recorded"));
    }
}
