using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Telematics.Drivers;
using Telematics.Portfolio;
using Telematics.Rescoring;
using Telematics.Silo.Embedded;
using Telematics.Silo.Hosting;

namespace Telematics.Benchmarks.Portfolio;

/// <summary>
/// A portfolio whose drivers each carry a year of driving: registration, the history load, the bytes each driver stores,
/// memory per active driver, and a full rescoring job over all of them with idle drivers deactivated.
/// Usage: <c>dotnet run -c Release --project bench/Telematics.Benchmarks -- portfolio-scale [drivers] [variants] [batch size] [idle seconds] [rounds]</c>;
/// Embedded by default, PostgreSQL mode with <c>Telematics__Mode=Postgres</c> and <c>ConnectionStrings__Postgres</c> set, as a silo is configured.
/// </summary>
/// <remarks>
/// A year is 1,095 trips a driver, 1.1 billion for a million drivers: too many to drive through the grains here, so the
/// history load builds <paramref name="variants"/> different years with the trip-completion aggregation
/// (<see cref="YearOfDriving"/>) and writes driver n the state it would hold after variant n mod variants, through the
/// grain storage provider itself (so the bytes are those the driver writes). Each score history is filled to the number
/// a driver keeps, as a year of trips fills it. The rescoring then reads every driver from storage.
/// </remarks>
public static class PortfolioScaleHarness
{
    private const string StateName = "driver";
    private const int SizeSample = 10_000;
    private const int MemorySample = 50_000;

    public static async Task RunAsync(int drivers, int variants, int batchSize, int idleSeconds, int rounds)
    {
        using var host = await EmbeddedSilo.StartAsync(services => services.Configure<GrainCollectionOptions>(o =>
        {
            o.CollectionAge = TimeSpan.FromSeconds(idleSeconds);
            o.CollectionQuantum = TimeSpan.FromSeconds(Math.Max(1, idleSeconds / 4));
        }));
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var storage = host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Telematics);
        // The format both storage modes write grain state in (the DI default would be JSON).
        var serializer = new OrleansGrainStorageSerializer(host.Services.GetRequiredService<Serializer>());
        var driverOptions = host.Services.GetRequiredService<IOptions<DriverOptions>>().Value;
        var management = grains.GetGrain<IManagementGrain>(0);
        var now = DateTimeOffset.UtcNow;
        var mode = TelematicsOptions.Read(host.Services.GetRequiredService<IConfiguration>()).Mode;
        Report($"Portfolio of {drivers:N0} drivers, {variants:N0} different years of driving, {mode}, idle drivers deactivated after {idleSeconds} s");

        var clock = Stopwatch.StartNew();
        var rating = new RatingVariables(40, Sex.Female, 5, MaritalStatus.Married, CarUse.Commute, 720, Region.Urban, 12_000, 15, 35);
        await ForEachDriverAsync(drivers, 100, async id =>
            await grains.GetGrain<IDriverGrain>(id).RegisterAsync(new DriverRegistration($"Driver {id}", rating, now.AddDays(-400))));
        Report($"Registered in {clock.Elapsed.TotalSeconds:F1} s: {drivers / clock.Elapsed.TotalSeconds:N0} drivers/s; working set {WorkingSetMiB():N0} MiB");

        await DeactivateAllAsync(management);
        clock.Restart();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
        var years = Enumerable.Range(0, variants).AsParallel().Select(v => YearOfDriving.Of(v, $"VEH-{v:D7}", now, zone, 32)).ToArray();
        Report($"Built {variants:N0} years ({variants * 365 * YearOfDriving.TripsPerDay:N0} trips through the aggregation) in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        await ForEachDriverAsync(drivers, 64, async id =>
        {
            var grainId = grains.GetGrain<IDriverGrain>(id).GetGrainId();
            var state = new GrainState<DriverState>();
            await storage.ReadStateAsync(StateName, grainId, state);
            var year = years[int.Parse(id.AsSpan(4)) % variants];
            var driver = state.State ?? throw new InvalidOperationException($"{id} has no stored state.");
            driver.History = year.History;
            driver.RecentTripIds = year.RecentTripIds;
            driver.Scores = new RecentScores([.. Enumerable.Range(0, driverOptions.ScoreHistoryKept).Select(k => driver.Score! with { CalculatedAt = now.AddHours(-8 * k) })]);
            await storage.WriteStateAsync(StateName, grainId, state);
        });
        Report($"History loaded in {clock.Elapsed.TotalSeconds:F1} s: {drivers / clock.Elapsed.TotalSeconds:N0} drivers/s; working set {WorkingSetMiB():N0} MiB; heap {HeapMiB():N0} MiB");

        var rates = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var job = grains.GetGrain<IRescoringJobGrain>(Guid.NewGuid().ToString("N"));
            var pausedBefore = GC.GetTotalPauseDuration();
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var gen2Before = GC.CollectionCount(2);
            clock.Restart();
            await job.StartAsync(new RescoringRequest(null, null, batchSize));
            RescoringProgress progress;
            while ((progress = await job.GetProgressAsync()).Status == RescoringJobStatus.Running)
            {
                await Task.Delay(200);
            }

            rates.Add(drivers / clock.Elapsed.TotalSeconds);
            Report($"Rescoring round {round} (batch {batchSize}): {progress.Status}, {progress.Done:N0} done, {progress.Failed:N0} failed in {clock.Elapsed.TotalSeconds:F1} s: "
                + $"{rates[^1]:N0} drivers/s; GC paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds:F1} s, {GC.CollectionCount(2) - gen2Before} gen2 collections, "
                + $"{(GC.GetTotalAllocatedBytes() - allocatedBefore) / drivers:N0} B allocated per driver; working set {WorkingSetMiB():N0} MiB, peak {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB");
        }

        await StateBytesAsync(grains, storage, serializer, drivers);
        await MemoryPerActiveDriverAsync(grains, management, drivers);
        var activations = await management.GetSimpleGrainStatistics();
        Report($"Activations {activations.Sum(a => a.ActivationCount):N0}: "
            + string.Join(", ", activations.OrderByDescending(a => a.ActivationCount).Take(5).Select(a => $"{a.GrainType.Split(',')[0].Split('.')[^1]} {a.ActivationCount:N0}"))
            + $"; {StorageNames.PubSub} states {await PubSubStatesAsync(host.Services):N0}");
        Report($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB");
        await host.StopAsync();
    }

    /// <summary>Bytes of a driver's stored state as written (Orleans' binary format), over a sample of drivers after the rescoring.</summary>
    private static async Task StateBytesAsync(IGrainFactory grains, IGrainStorage storage, IGrainStorageSerializer serializer, int drivers)
    {
        var step = Math.Max(1, drivers / SizeSample);
        var sizes = new List<int>();
        DriverState? last = null;
        for (var n = 0; n < drivers; n += step)
        {
            var state = new GrainState<DriverState>();
            await storage.ReadStateAsync(StateName, grains.GetGrain<IDriverGrain>(Id(n)).GetGrainId(), state);
            sizes.Add(Bytes(serializer, state.State));
            last = state.State;
        }

        sizes.Sort();
        Report($"Of one driver's state: periods {Bytes(serializer, last!.History)} B ({last.History.Periods.Count}), scores {Bytes(serializer, last.Scores)} B ({last.Scores.Scores.Count}), "
            + $"score {Bytes(serializer, last.Score)} B, premium {Bytes(serializer, last.Premium)} B, features {Bytes(serializer, last.Features)} B, last rescore {Bytes(serializer, last.LastRescore)} B, recent trip ids {Bytes(serializer, last.RecentTripIds)} B");
        Report($"Stored driver state over {sizes.Count:N0} drivers: median {sizes[sizes.Count / 2]:N0} B, p99 {sizes[(int)(sizes.Count * 0.99)]:N0} B, max {sizes[^1]:N0} B");
    }

    /// <summary>Heap growth per driver when a sample of drivers is activated from storage and held.</summary>
    private static async Task MemoryPerActiveDriverAsync(IGrainFactory grains, IManagementGrain management, int drivers)
    {
        await DeactivateAllAsync(management);
        var before = HeapMiB();
        var sample = Math.Min(MemorySample, drivers);
        await ForEachDriverAsync(sample, 100, async id => await grains.GetGrain<IDriverGrain>(id).GetProfileAsync());
        var after = HeapMiB();
        Report($"Memory per active driver: {(after - before) * 1024.0 * 1024 / sample:N0} B of heap ({sample:N0} activated: {before:N0} → {after:N0} MiB)");
    }

    /// <summary>Stream pub-sub states stored: in the process's store (Embedded), or rows of Orleans' storage table.</summary>
    private static async Task<long> PubSubStatesAsync(IServiceProvider services)
    {
        if (services.GetService<InProcessStateStore>() is { } store)
        {
            return store.Count(StorageNames.PubSub);
        }

        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand("SELECT count(*) FROM orleansstorage WHERE graintypestring ILIKE '%pubsub%'");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task DeactivateAllAsync(IManagementGrain management)
    {
        var clock = Stopwatch.StartNew();
        await management.ForceActivationCollection(TimeSpan.Zero);
        int left;
        while ((left = (await management.GetSimpleGrainStatistics()).Where(s => s.GrainType.Contains(nameof(DriverGrain))).Sum(s => s.ActivationCount)) > 0 && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(500);
            await management.ForceActivationCollection(TimeSpan.Zero);
        }

        Report($"Deactivated the drivers in {clock.Elapsed.TotalSeconds:F1} s ({left:N0} left)");
    }

    private static int Bytes<T>(IGrainStorageSerializer serializer, T value) => serializer.Serialize(value).ToArray().Length;

    private static Task ForEachDriverAsync(int drivers, int parallelism, Func<string, Task> action) =>
        Parallel.ForEachAsync(Enumerable.Range(0, drivers), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (n, _) => await action(Id(n)));

    private static string Id(int n) => $"DRV-{n:D7}";

    private static long WorkingSetMiB() => Process.GetCurrentProcess().WorkingSet64 / (1024 * 1024);

    private static long HeapMiB() => GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024);

    private static void Report(string line) => Console.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {line}");
}
