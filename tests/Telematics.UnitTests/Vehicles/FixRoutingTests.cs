using Telematics.Telemetry;
using Telematics.UnitTests.Trips;
using Telematics.Vehicles;

namespace Telematics.UnitTests.Vehicles;

public sealed class FixRoutingTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly List<TelematicsEvent> Fixes = new TripBuilder(Start).Cruise(20, 10).Build();

    [Fact]
    public void Without_ended_trips_every_fix_goes_to_the_current_trip_as_delivered()
    {
        var route = Assert.Single(FixRouting.Split(Fixes, [], null, null));

        Assert.Null(route.TripId);
        Assert.Same(Fixes, route.Events);
    }

    [Fact]
    public void A_fix_goes_to_the_ended_trip_with_the_earliest_end_at_or_after_it_and_after_every_end_to_the_current_trip()
    {
        // Fixes 0-9: the last trip ended at fix 1, trip A closes at fix 3 and trip B at fix 6; fixes 7-9 are new driving.
        ClosingTrip[] closing = [new("VEH-1-T000003", Fixes[3].Timestamp), new("VEH-1-T000004", Fixes[6].Timestamp)];

        var routes = FixRouting.Split(Fixes, closing, "VEH-1-T000002", Fixes[1].Timestamp);

        Assert.Equal(
            [("VEH-1-T000002", 2), ("VEH-1-T000003", 2), ("VEH-1-T000004", 3), (null, 3)],
            routes.Select(r => (r.TripId, r.Events.Count)));
        Assert.Equal(Fixes, routes.SelectMany(r => r.Events));
    }

    [Fact]
    public void Fixes_at_or_before_the_last_trip_s_end_that_no_closing_trip_takes_go_to_the_last_trip()
    {
        var routes = FixRouting.Split(Fixes, [], "VEH-1-T000002", Fixes[4].Timestamp);

        Assert.Equal([("VEH-1-T000002", 5), (null, 5)], routes.Select(r => (r.TripId, r.Events.Count)));
    }

    [Fact]
    public void A_closing_trip_that_ends_before_the_last_completed_trip_keeps_the_fixes_up_to_its_end()
    {
        // Trip 3 was ended at once (an explicit end) at fix 7 while trip 2, ended at fix 2, still waits out its window.
        var routes = FixRouting.Split(Fixes, [new("VEH-1-T000002", Fixes[2].Timestamp)], "VEH-1-T000003", Fixes[7].Timestamp);

        Assert.Equal([("VEH-1-T000002", 3), ("VEH-1-T000003", 5), (null, 2)], routes.Select(r => (r.TripId, r.Events.Count)));
    }
}
