using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Telematics.Drivers;
using Telematics.Portfolio;
using Telematics.Rescoring;
using Telematics.Silo.Embedded;

namespace Telematics.Benchmarks.Rescoring;

/// <summary>
/// Drivers rescored per second by a rescoring job in Embedded mode (one silo in this process), against a baseline in
/// the same run: the same drivers rescored by a plain bounded fan-out from outside, with no job, paging or progress.
/// Usage: <c>dotnet run -c Release --project bench/Telematics.Benchmarks -- rescoring [drivers] [batch size] [rounds] [idle seconds]</c>.
/// With idle seconds, grains idle that long are deactivated (Orleans' default is two hours), so a portfolio larger than
/// memory holds only its recently used drivers: each round then activates its drivers from storage again.
/// </summary>
public static class RescoringHarness
{
    public static async Task RunAsync(int drivers, int batchSize, int rounds, int? idleSeconds)
    {
        using var host = await EmbeddedSilo.StartAsync(services =>
        {
            if (idleSeconds is { } idle)
            {
                services.Configure<GrainCollectionOptions>(o =>
                {
                    o.CollectionAge = TimeSpan.FromSeconds(idle);
                    o.CollectionQuantum = TimeSpan.FromSeconds(Math.Max(1, idle / 4));
                });
            }
        });
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var readModel = host.Services.GetRequiredService<IDriverReadModel>();

        var registering = Stopwatch.StartNew();
        var rating = new RatingVariables(40, Sex.Female, 5, MaritalStatus.Married, CarUse.Commute, 720, Region.Urban, 12_000, 15, 35);
        await Parallel.ForEachAsync(Enumerable.Range(0, drivers), new ParallelOptions { MaxDegreeOfParallelism = 100 }, async (n, _) =>
            await grains.GetGrain<IDriverGrain>($"DRV-{n:D7}").RegisterAsync(new DriverRegistration($"Driver {n}", rating, DateTimeOffset.UtcNow.AddDays(-90))));
        while ((await readModel.GetStatisticsAsync()).Drivers < drivers)
        {
            await Task.Delay(100);
        }

        Console.WriteLine($"Registered {drivers:N0} drivers in {registering.Elapsed.TotalSeconds:F1} s; working set {Process.GetCurrentProcess().WorkingSet64 / (1024 * 1024):N0} MiB");
        var activations = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        Console.WriteLine($"Activations {activations.Sum(a => a.ActivationCount):N0}: " + string.Join(", ", activations.OrderByDescending(a => a.ActivationCount).Take(6).Select(a => $"{a.GrainType.Split(',')[0].Split('.')[^1]} {a.ActivationCount:N0}"))
            + $"; heap {GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024):N0} MiB"
            + $"; {StorageNames.PubSub} states {host.Services.GetRequiredService<InProcessStateStore>().Count(StorageNames.PubSub):N0}");

        // Rounds alternate so that both see the same heap and activations; the median of each is reported.
        var baselineRates = new List<double>();
        var jobRates = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var pausedBefore = GC.GetTotalPauseDuration();
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var baseline = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, drivers), new ParallelOptions { MaxDegreeOfParallelism = batchSize }, async (n, _) =>
                await grains.GetGrain<IDriverGrain>($"DRV-{n:D7}").RescoreAsync($"baseline-{round}", null));
            baselineRates.Add(drivers / baseline.Elapsed.TotalSeconds);
            var allocatedByBaseline = GC.GetTotalAllocatedBytes() - allocatedBefore;

            var job = grains.GetGrain<IRescoringJobGrain>(Guid.NewGuid().ToString("N"));
            var timed = Stopwatch.StartNew();
            await job.StartAsync(new RescoringRequest(null, null, batchSize));
            RescoringProgress progress;
            while ((progress = await job.GetProgressAsync()).Status == RescoringJobStatus.Running)
            {
                await Task.Delay(20);
            }

            jobRates.Add(drivers / timed.Elapsed.TotalSeconds);
            Console.WriteLine($"Round {round}: baseline, bounded fan-out ({batchSize} in flight) {baselineRates[^1]:N0} drivers/s; "
                + $"rescoring job (batch {batchSize}) {jobRates[^1]:N0} drivers/s, {progress.Done:N0} done, {progress.Failed:N0} failed; "
                + $"GC paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds:F2} s of both, gen2 collections so far {GC.CollectionCount(2)}; "
                + $"allocated per driver: baseline {allocatedByBaseline / drivers:N0} B, job {(GC.GetTotalAllocatedBytes() - allocatedBefore - allocatedByBaseline) / drivers:N0} B");
        }

        Console.WriteLine($"Median of {rounds}: baseline {Median(baselineRates):N0} drivers/s, rescoring job {Median(jobRates):N0} drivers/s, "
            + $"ratio to baseline {Median(jobRates) / Median(baselineRates):F2}");
        Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB");
        await host.StopAsync();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
