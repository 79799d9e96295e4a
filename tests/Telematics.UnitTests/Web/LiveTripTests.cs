using Telematics.Api.Web.Services;
using Telematics.Live;

namespace Telematics.UnitTests.Web;

public sealed class LiveTripTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 7, 30, 0, TimeSpan.Zero);

    private static TripProgress At(int second, params HarshMoment[] harsh) =>
        new("T-1", "DRV-1", Start.AddSeconds(second), 45.5 + second * 0.125, -73.6, 25, harsh);

    [Fact]
    public void The_trail_grows_with_each_new_position_and_the_markers_are_its_start_its_harsh_moments_and_the_car()
    {
        var braking = new HarshMoment(Start.AddSeconds(2), 45.75, -73.6, true, 10);
        var trip = new LiveTrip(At(0));
        Assert.True(trip.Apply(At(1)));
        Assert.True(trip.Apply(At(2, braking)));
        Assert.True(trip.Apply(At(2)));

        Assert.Equal([45.5, 45.625, 45.75], trip.Trail.Select(p => p[0]));
        Assert.Equal([braking], trip.HarshMoments);
        Assert.Equal(
            [("start", 45.5, ""), ("harshBraking", 45.75, "10.0 mph/s"), ("current", 45.75, "56 mph")],
            trip.Markers().Select(m => (m.Kind, m.Lat, m.Text)));
    }

    [Fact]
    public void An_ended_trip_marks_its_last_position_as_the_end()
    {
        var trip = new LiveTrip(At(0));
        trip.Apply(At(1) with { Ended = true });

        Assert.Equal("end", trip.Markers()[^1].Kind);
    }

    [Fact]
    public void Another_trips_progress_is_not_taken()
    {
        var trip = new LiveTrip(At(0));

        Assert.False(trip.Apply(At(1) with { TripId = "T-2" }));
        Assert.Single(trip.Trail);
    }

    [Fact]
    public void The_trail_keeps_only_the_newest_points()
    {
        var trip = new LiveTrip(At(0));
        for (var second = 1; second <= LiveTrip.MaxPoints + 9; second++)
        {
            trip.Apply(At(second));
        }

        Assert.Equal(LiveTrip.MaxPoints, trip.Trail.Count);
        Assert.Equal(46.75, trip.Trail[0][0], 9);
    }
}
