using Telematics.Drivers;
using Telematics.Streams;
using Telematics.Trips;

namespace Telematics.IntegrationTests.Cluster;

/// <summary>A rescored driver leaves memory unless a trip of theirs arrived in the activation; the rescore is stored either way.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RescoredDriverDeactivationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_rescored_driver_who_is_not_driving_is_deactivated_and_one_who_is_stays_active()
    {
        var idle = fixture.Client.GetGrain<IDriverGrain>("DRV-RESCORE-IDLE");
        var driving = fixture.Client.GetGrain<IDriverGrain>("DRV-RESCORE-DRIVING");
        await idle.RegisterAsync(TestData.Registration("Idle"));
        await driving.RegisterAsync(TestData.Registration("Driving"));
        var started = DateTimeOffset.UtcNow.AddHours(-2);
        var features = new TripFeatures(started, started.AddMinutes(30), 15_000, 1_800, 25, new int[6], new int[6], new int[5], new int[5], 1_800, MovingTimeS: 1_700,
            MondayDistanceM: 15_000, LocalStartDate: DateOnly.FromDateTime(started.UtcDateTime), LocalEndDate: DateOnly.FromDateTime(started.UtcDateTime));
        await fixture.Client.GetStreamProvider(StreamNamespaces.DurableProvider).GetStream<TripCompleted>(StreamId.Create(StreamNamespaces.TripCompleted, "DRV-RESCORE-DRIVING"))
            .OnNextAsync(new TripCompleted("VEH-RESCORE-T000001", "VEH-RESCORE", "DRV-RESCORE-DRIVING", TripEndReason.Explicit, features));
        await Poll.UntilAsync(() => driving.GetProfileAsync(), p => p!.TripCount == 1);
        Assert.Equal(["DRV-RESCORE-DRIVING", "DRV-RESCORE-IDLE"], await ActiveAsync());

        var rescored = await idle.RescoreAsync("job-deactivation", null);
        await driving.RescoreAsync("job-deactivation", null);

        Assert.Equal(["DRV-RESCORE-DRIVING"], await Poll.UntilAsync(ActiveAsync, active => active.Count == 1));
        // Read back from storage: the rescore was stored before the driver left, and the job's retry is answered from it.
        Assert.Equal(rescored.After.Score, (await idle.GetScoreHistoryAsync())[^1]);
        Assert.Equal(rescored.After.Score, (await idle.RescoreAsync("job-deactivation", null)).After.Score);
    }

    private async Task<List<string>> ActiveAsync()
    {
        var statistics = await fixture.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return [.. statistics.Select(s => s.GrainId.Key.ToString()!).Where(k => k.StartsWith("DRV-RESCORE-", StringComparison.Ordinal)).Distinct().Order()];
    }
}
