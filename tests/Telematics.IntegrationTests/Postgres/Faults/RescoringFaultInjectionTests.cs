using Telematics.Drivers;
using Telematics.Rescoring;

namespace Telematics.IntegrationTests.Postgres.Faults;

/// <summary>A rescoring job meeting a database that refuses its drivers' writes for a moment.</summary>
[Collection(FaultInjectionCollection.Name)]
public sealed class RescoringFaultInjectionTests(FaultInjectionFixture fixture)
{
    /// <summary>Shorter than the job's retries of one driver (1.5 s in all), longer than its first.</summary>
    private static readonly TimeSpan FaultHeld = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task A_job_asks_again_the_drivers_whose_store_failed_for_a_moment_and_records_no_failure()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var drivers = Enumerable.Range(1, 3).Select(n => $"DRV-RF-{id}-{n}").ToList();
        await Task.WhenAll(drivers.Select(d => fixture.Grains.GetGrain<IDriverGrain>(d).RegisterAsync(TestData.Registration(d))));
        var job = fixture.Grains.GetGrain<IRescoringJobGrain>($"RF-{id}");

        // Drivers exist, so their writes are UPDATEs; the job's first write is its row's INSERT.
        await using (await DatabaseFault.StartAsync(fixture.Database, "UPDATE on orleansstorage"))
        {
            await job.StartAsync(new RescoringRequest(drivers, ModelVersion: null, BatchSize: 10));
            await Task.Delay(FaultHeld);
        }

        var finished = await Poll.UntilAsync(job.GetProgressAsync, p => p.Status == RescoringJobStatus.Completed, seconds: 60);
        Assert.Empty(finished.Failures);
        Assert.Equal((3L, 0L), (finished.Done, finished.Failed));
        var histories = await Task.WhenAll(drivers.Select(d => fixture.Grains.GetGrain<IDriverGrain>(d).GetScoreHistoryAsync()));
        Assert.All(histories, h => Assert.Single(h, s => s.CalculatedAt >= finished.StartedAt && s.CalculatedAt <= finished.FinishedAt));
    }
}
