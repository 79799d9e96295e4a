using Telematics.Api.Web.Services;
using Telematics.Trips;

namespace Telematics.UnitTests.Web;

public sealed class DriverRewardsTests
{
    private static TripSummary Trip(int brakings, int accelerations = 0, double miles = 10) => new(
        Guid.NewGuid().ToString("N"), "VEH-1", "DRV-1", TripStatus.Completed, TripEndReason.IgnitionOff,
        new TripFeatures(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(20), miles * 1609.344, 1200, 20,
            [accelerations, 0, 0, 0, 0, 0], [brakings, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], 100),
        100);

    [Fact]
    public void The_current_streak_counts_smooth_trips_from_the_newest_and_the_best_is_the_longest_run()
    {
        // Newest first: 2 smooth, a harsh braking, 3 smooth, a harsh acceleration.
        var rewards = DriverRewards.Of([Trip(0), Trip(0), Trip(1), Trip(0), Trip(0), Trip(0), Trip(0, accelerations: 2)]);

        Assert.Equal(2, rewards.CurrentStreak);
        Assert.Equal(3, rewards.BestStreak);
        Assert.Equal(5, rewards.SmoothTrips);
        Assert.Equal(7, rewards.Trips);
    }

    [Fact]
    public void Milestones_are_reached_at_their_streak_and_miles_and_show_progress_below_them()
    {
        var rewards = DriverRewards.Of([.. Enumerable.Range(0, 5).Select(_ => Trip(0, miles: 30))]);

        Assert.True(rewards.Milestones.Single(m => m.Title == "5 smooth trips in a row").Reached);
        Assert.Equal(0.5, rewards.Milestones.Single(m => m.Title == "10 smooth trips in a row").Progress, 6);
        Assert.True(rewards.Milestones.Single(m => m.Title == "100 miles driven").Reached);
        Assert.Equal(0.3, rewards.Milestones.Single(m => m.Title == "500 miles driven").Progress, 6);
    }

    [Fact]
    public void No_trips_is_no_streak()
    {
        var rewards = DriverRewards.Of([]);

        Assert.Equal(0, rewards.CurrentStreak);
        Assert.All(rewards.Milestones, m => Assert.False(m.Reached));
    }
}
