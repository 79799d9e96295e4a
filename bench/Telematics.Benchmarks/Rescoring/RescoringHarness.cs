using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telematics.Drivers;
using Telematics.Portfolio;
using Telematics.Rescoring;
using Telematics.Silo.Hosting;

namespace Telematics.Benchmarks.Rescoring;

/// <summary>
/// Drivers rescored per second by a rescoring job in Embedded mode (one silo in this process), against a baseline in
/// the same run: the same drivers rescored by a plain bounded fan-out from outside, with no job, paging or progress.
/// Usage: <c>dotnet run -c Release --project bench/Telematics.Benchmarks -- rescoring [drivers] [batch size]</c>.
/// </summary>
public static class RescoringHarness
{
    public static async Task RunAsync(int drivers, int batchSize)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telematics:SiloPort"] = FreePort().ToString(),
            ["Telematics:GatewayPort"] = FreePort().ToString(),
        });
        builder.UseOrleans(silo => silo.UseTelematics(builder.Configuration));
        using var host = builder.Build();
        await host.StartAsync();
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

        Console.WriteLine($"Registered {drivers:N0} drivers in {registering.Elapsed.TotalSeconds:F1} s");

        var baseline = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, drivers), new ParallelOptions { MaxDegreeOfParallelism = batchSize }, async (n, _) =>
            await grains.GetGrain<IDriverGrain>($"DRV-{n:D7}").RescoreAsync("baseline", null));
        baseline.Stop();

        var job = grains.GetGrain<IRescoringJobGrain>(Guid.NewGuid().ToString("N"));
        var timed = Stopwatch.StartNew();
        await job.StartAsync(new RescoringRequest(null, null, batchSize));
        RescoringProgress progress;
        while ((progress = await job.GetProgressAsync()).Status == RescoringJobStatus.Running)
        {
            await Task.Delay(50);
        }

        timed.Stop();
        Console.WriteLine($"Baseline, bounded fan-out ({batchSize} in flight): {drivers / baseline.Elapsed.TotalSeconds:N0} drivers/s ({baseline.Elapsed.TotalSeconds:F2} s)");
        Console.WriteLine($"Rescoring job (batch {batchSize}): {progress.Done:N0} done, {progress.Failed:N0} failed, {drivers / timed.Elapsed.TotalSeconds:N0} drivers/s ({timed.Elapsed.TotalSeconds:F2} s), "
            + $"ratio to baseline {baseline.Elapsed.TotalSeconds / timed.Elapsed.TotalSeconds:F2}");
        Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB");
        await host.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
