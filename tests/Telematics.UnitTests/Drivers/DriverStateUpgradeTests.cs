using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Telematics.Drivers;
using Telematics.Drivers.Features;
using Telematics.Risk;
using Telematics.Trips;

namespace Telematics.UnitTests.Drivers;

/// <summary>A driver stored by the code that kept every trip reads as today's state and converts without losing a trip or a notification.</summary>
public sealed class DriverStateUpgradeTests
{
    private static readonly DateTimeOffset PolicyStart = new(2026, 1, 5, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = PolicyStart.AddDays(60);

    [Fact]
    public void A_state_stored_with_its_trips_reads_and_converts_into_the_same_features()
    {
        var storage = new OrleansGrainStorageSerializer(new ServiceCollection()
            .AddSerializer(s => s.AddAssembly(typeof(LegacyDriverState).Assembly)).BuildServiceProvider().GetRequiredService<Serializer>());
        var trips = Enumerable.Range(0, 50).Select(i => Summary(i, PolicyStart.AddDays(i).AddHours(7))).ToList();
        var notification = new DriverNotification("HarshBraking", "2 very hard braking(s) (≥ 11 mph/s) on this trip: leave more room ahead.", trips[3].TripId, PolicyStart);
        var score = new RiskScore(0.1, 500, RiskCategory.Low, "20261202-0112-e4f302dd", Now, 0.9, false, 800);
        var legacy = new LegacyDriverState
        {
            Registration = new DriverRegistration("Old Driver", new RatingVariables(45, Sex.Female, 5, MaritalStatus.Married, CarUse.Commute, 700, Region.Urban, 12_000, 5, 3), PolicyStart),
            Trips = trips,
            Score = score,
            ScoreHistory = [score],
            Notifications = [notification],
        };

        var state = storage.Deserialize<DriverState>(storage.Serialize(legacy))!;
        var notifications = new DriverNotificationsState();
        Assert.True(DriverStateUpgrade.IsNeeded(state));
        var toStore = DriverStateUpgrade.Apply(state, notifications, recentTripIdsKept: 32);

        // Read back from the old bytes: equal but for the count arrays, which records compare by reference.
        Assert.Equal(trips.Select(t => (t.TripId, t.Features!.StartedAt, t.Features.DistanceM)), toStore.Select(t => (t.TripId, t.Features!.StartedAt, t.Features.DistanceM)));
        Assert.Equal(legacy.Registration, state.Registration);
        Assert.Equal(score, state.Score);
        Assert.Equal([score], state.Scores.Scores);
        Assert.Equal([notification], notifications.Items);
        Assert.Equal(trips.TakeLast(32).Select(t => t.TripId), state.RecentTripIds);
        Assert.False(DriverStateUpgrade.IsNeeded(state));
        var window = FeatureWindow.Of(PolicyStart, Now, TimeSpan.FromDays(365), TimeZoneInfo.Utc);
        PropertyAssert.Close(TripLevelFeatureAggregator.Aggregate([.. trips.Select(t => t.Features!)], window.Start, Now), DriverFeatureAggregator.Aggregate(state.History, window), seed: 0);
        var rewritten = storage.Deserialize<DriverState>(storage.Serialize(state))!;
        Assert.Null(rewritten.Trips);
        Assert.Equal(50, rewritten.History.TripCount);
    }

    private static TripSummary Summary(int number, DateTimeOffset started)
    {
        var date = DateOnly.FromDateTime(started.UtcDateTime);
        var features = new TripFeatures(started, started.AddMinutes(30), 20_000 + number, 1_800, 30, [number % 3, 0, 0, 0, 0, 0], new int[6], new int[5], new int[5], 1_800,
            MovingTimeS: 1_700, MondayDistanceM: 20_000 + number, LocalStartDate: date, LocalEndDate: date);
        return new TripSummary($"VEH-OLD-T{number:D6}", "VEH-OLD", "DRV-OLD", TripStatus.Completed, TripEndReason.Explicit, features, 1_800);
    }
}
