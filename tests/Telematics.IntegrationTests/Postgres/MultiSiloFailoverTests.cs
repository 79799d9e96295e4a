using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Telematics.Drivers;
using Telematics.IntegrationTests.Hosting;
using Telematics.Silo.Postgres;
using Telematics.Telemetry;
using Telematics.Trips;
using Telematics.Vehicles;

namespace Telematics.IntegrationTests.Postgres;

/// <summary>Two silo processes on one database; one is killed with SIGKILL in the middle of every trip.</summary>
public sealed class MultiSiloFailoverTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Vehicles = 8;
    private const int EventsPerBatch = 300;
    private static readonly TimeSpan RetryFor = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Killing_a_silo_loses_no_acknowledged_event_and_every_trip_completes_and_reaches_its_driver()
    {
        string[] settings =
        [
            "--Telematics:Mode=Postgres",
            $"--ConnectionStrings:Postgres={database.ConnectionString}",
            "--Auth:SigningKey=unused-by-the-silo-but-not-the-local-dev-key",
            "--Telematics:Membership:ProbeTimeout=00:00:01",
            "--Telematics:Membership:NumMissedProbesLimit=2",
            "--Telematics:Membership:NumVotesForDeathDeclaration=1",
            "--Telematics:Messaging:ResponseTimeout=00:00:05",
            "--Telematics:Trips:IdleTimeout=00:10:00",
        ];
        using var doomed = await SiloProcess.StartAsync(settings);
        using var survivor = await SiloProcess.StartAsync(settings);
        using var host = new HostBuilder().UseOrleansClient(c => c
            .UseAdoNetClustering(o =>
            {
                o.Invariant = PostgresSiloBuilderExtensions.Invariant;
                o.ConnectionString = database.ConnectionString;
            })
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("telematics", "telematics"))
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5))).Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IClusterClient>();

        var trips = Enumerable.Range(1, Vehicles).Select(n => (Vehicle: $"VEH-FO-{n}", Driver: $"DRV-FO-{n}", Events: TestData.HarshTrip(2 * EventsPerBatch, TimeSpan.FromHours(n)))).ToList();
        // Retried too: on a loaded host a just-started silo's first calls (model load, first writes) outlast the 5 s timeout.
        foreach (var (vehicle, driver, _) in trips)
        {
            await RetryAsync(() => grains.GetGrain<IDriverGrain>(driver).RegisterAsync(TestData.Registration(driver)));
            await RetryAsync(async () =>
            {
                await grains.GetGrain<IVehicleGrain>(vehicle).RegisterAsync(driver);
                return vehicle;
            });
        }

        foreach (var (vehicle, _, events) in trips)
        {
            Assert.Equal(EventsPerBatch, (await grains.GetGrain<IVehicleGrain>(vehicle).RecordEventsAsync(events[..EventsPerBatch])).Accepted);
        }

        doomed.Kill();

        var acknowledged = new Dictionary<string, int>();
        var ended = new Dictionary<string, TripSummary>();
        foreach (var (vehicle, _, events) in trips)
        {
            var second = await RetryAsync(() => grains.GetGrain<IVehicleGrain>(vehicle).RecordEventsAsync(events[EventsPerBatch..]));
            acknowledged[vehicle] = second.Accepted + second.Duplicates;
            ended[vehicle] = (await RetryAsync(() => grains.GetGrain<IVehicleGrain>(vehicle).EndCurrentTripAsync()))!;
        }

        foreach (var (vehicle, driver, _) in trips)
        {
            Assert.Equal(EventsPerBatch, acknowledged[vehicle]);
            Assert.Equal(2 * EventsPerBatch, await database.ScalarAsync($"SELECT count(DISTINCT event_time) FROM telematics_events WHERE vehicle_id = '{vehicle}'"));
            Assert.Equal((TripStatus.Completed, 2 * EventsPerBatch), (ended[vehicle].Status, ended[vehicle].Features!.EventCount));
            var profile = await Poll.UntilAsync(() => grains.GetGrain<IDriverGrain>(driver).GetProfileAsync(), p => p!.TripCount == 1, seconds: 90);
            Assert.Equal(ended[vehicle].Features!.DistanceMiles, profile!.TotalMiles, precision: 6);
        }

        await host.StopAsync();
    }

    /// <summary>Retries a call while the cluster starts or notices the dead silo, as a device resends an unacknowledged batch.</summary>
    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + RetryFor;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }
}
