using Telematics.Drivers;
using Telematics.Portfolio;
using Telematics.IntegrationTests.Cluster;
using Telematics.Rescoring;
using Telematics.Streams;

namespace Telematics.IntegrationTests.Rescoring;

/// <summary>Rescoring a few thousand drivers across three silos: to the end, cancelled, and with the coordinator's silo killed.</summary>
public sealed class RescoringJobTests(PostgresClusterFixture fixture) : IClassFixture<PostgresClusterFixture>, IAsyncLifetime
{
    private const int Drivers = 3_000;
    private IClusterClient Client => fixture.Cluster.Client;

    public async Task InitializeAsync()
    {
        if (await fixture.Database.ScalarAsync("SELECT count(*) FROM drivers") == Drivers)
        {
            return;
        }

        foreach (var chunk in Enumerable.Range(1, Drivers).Chunk(100))
        {
            // Young and older drivers, so that the portfolio spans more than one risk category.
            await Task.WhenAll(chunk.Select(n => Client.GetGrain<IDriverGrain>($"DRV-RS-{n:D5}").RegisterAsync(
                TestData.Registration($"Driver {n}") with { Rating = TestData.Rating with { InsuredAge = n % 3 == 0 ? 19 : 55, YearsNoClaims = n % 3 == 0 ? 1 : 30 } })));
        }

        await Poll.UntilAsync(async () => await fixture.Database.ScalarAsync("SELECT count(*) FROM drivers") == Drivers, done => done, seconds: 120);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_job_killed_with_its_coordinators_silo_resumes_and_scores_every_driver_exactly_once()
    {
        var job = Client.GetGrain<IRescoringJobGrain>(Guid.NewGuid().ToString("N"));
        var started = await job.StartAsync(new RescoringRequest(null, null, BatchSize: 100));
        Assert.Equal(Drivers, started.Total);

        await Poll.UntilAsync(async () => (await job.GetProgressAsync()).Done >= 500, done => done, seconds: 120);
        var coordinator = (await job.GetProgressAsync()).Coordinator;
        var silo = fixture.Cluster.Silos.Single(s => s.SiloAddress.ToString() == coordinator);
        await fixture.Cluster.KillSiloAsync(silo);

        var finished = await Poll.UntilAsync(() => job.GetProgressAsync(), p => p.Status == RescoringJobStatus.Completed, seconds: 120);
        Assert.NotEqual(coordinator, finished.Coordinator);
        Assert.Equal((Drivers, 0L, 0L), (finished.Done, finished.Failed, finished.Remaining));
        Assert.Equal(Drivers, finished.ScoreBandsAfter.Sum());

        foreach (var chunk in Enumerable.Range(1, Drivers).Chunk(250))
        {
            var histories = await Task.WhenAll(chunk.Select(n => Client.GetGrain<IDriverGrain>($"DRV-RS-{n:D5}").GetScoreHistoryAsync()));
            Assert.All(histories, h => Assert.Single(h, s => s.CalculatedAt >= finished.StartedAt && s.CalculatedAt <= finished.FinishedAt));
        }
    }

    [Fact]
    public async Task A_job_publishes_every_driver_on_its_stream_page_by_page_and_projects_them_into_the_read_model()
    {
        var jobId = Guid.NewGuid().ToString("N");
        await using var pages = await StreamProbe<DriversRescored>.SubscribeAsync(Client, StreamNamespaces.DriversRescored, jobId);
        var job = Client.GetGrain<IRescoringJobGrain>(jobId);

        await job.StartAsync(new RescoringRequest(null, null, BatchSize: 500));
        var finished = await Poll.UntilAsync(() => job.GetProgressAsync(), p => p.Status == RescoringJobStatus.Completed, seconds: 120);

        // Two pages are in flight at a time, each half the batch size, so that the batch size bounds the fan-out.
        const int PageSize = 250;
        var published = new Dictionary<string, RescoredDriver>();
        var events = 0;
        while (published.Count < Drivers)
        {
            var page = await pages.NextAsync($"{published.Count} of {Drivers} drivers published");
            Assert.Equal(jobId, page.JobId);
            Assert.InRange(page.Drivers.Count, 1, PageSize);
            events++;
            foreach (var driver in page.Drivers)
            {
                published[driver.DriverId] = driver;
            }
        }

        Assert.InRange(events, Drivers / PageSize, Drivers / PageSize + 1);
        Assert.All(published.Values, d => Assert.InRange(d.RescoredAt, finished.StartedAt!.Value, finished.FinishedAt!.Value));
        Assert.All(published.Values, d => Assert.True(d is { ScoreBefore: not null, PremiumBefore: > 0, PremiumAfter: > 0, ModelVersion.Length: > 0 }));
        var projected = await fixture.Database.ScalarAsync(
            $"SELECT count(*) FROM drivers WHERE driver_id LIKE 'DRV-RS-%' AND updated_at >= '{finished.StartedAt:O}' AND updated_at <= '{finished.FinishedAt:O}'");
        Assert.Equal(Drivers, projected);
    }

    [Fact]
    public async Task A_filtered_job_rescores_exactly_the_drivers_that_matched_when_it_started()
    {
        var category = (await fixture.Database.ScalarAsync("SELECT count(*) FROM drivers WHERE category = 'VeryHigh'")) > 0 ? "VeryHigh" : "High";
        var matching = await fixture.Database.ScalarAsync($"SELECT count(*) FROM drivers WHERE category = '{category}'");
        Assert.InRange(matching, 1, Drivers - 1);
        var job = Client.GetGrain<IRescoringJobGrain>(Guid.NewGuid().ToString("N"));
        var nobody = Client.GetGrain<IRescoringJobGrain>(Guid.NewGuid().ToString("N"));

        await job.StartAsync(new RescoringRequest(null, null, BatchSize: 200, new DriverFilter(Category: category)));
        await nobody.StartAsync(new RescoringRequest(null, null, BatchSize: 200, new DriverFilter(MinScore: 101)));
        var finished = await Poll.UntilAsync(() => job.GetProgressAsync(), p => p.Status == RescoringJobStatus.Completed, seconds: 120);
        var empty = await Poll.UntilAsync(() => nobody.GetProgressAsync(), p => p.Status == RescoringJobStatus.Completed, seconds: 120);

        Assert.Equal((matching, matching), (finished.Total, finished.Done));
        Assert.Equal((0L, 0L), (empty.Total, empty.Done));
    }

    [Fact]
    public async Task A_cancelled_job_stops_rescoring()
    {
        var job = Client.GetGrain<IRescoringJobGrain>(Guid.NewGuid().ToString("N"));
        await job.StartAsync(new RescoringRequest(null, null, BatchSize: 20));

        var cancelled = await job.CancelAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var later = await job.GetProgressAsync();

        Assert.Equal(RescoringJobStatus.Cancelled, cancelled.Status);
        Assert.True(cancelled.Done < Drivers, $"cancelled after {cancelled.Done} of {Drivers}");
        Assert.Equal(cancelled.Done, later.Done);
    }

    [Fact]
    public async Task A_job_over_listed_drivers_with_an_unknown_model_version_lists_every_failure_and_completes()
    {
        var job = Client.GetGrain<IRescoringJobGrain>(Guid.NewGuid().ToString("N"));
        await job.StartAsync(new RescoringRequest(["DRV-RS-00001", "DRV-RS-00002"], "no-such-model", BatchSize: 10));

        var finished = await Poll.UntilAsync(() => job.GetProgressAsync(), p => p.Status == RescoringJobStatus.Completed, seconds: 120);

        Assert.Equal((0L, 2L), (finished.Done, finished.Failed));
        Assert.All(finished.Failures, f => Assert.Contains("no-such-model", f.Reason));
    }
}
