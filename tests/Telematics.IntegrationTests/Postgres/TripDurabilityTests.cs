using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using Telematics.Drivers;
using Telematics.IntegrationTests.Cluster;
using Telematics.Silo.Postgres;
using Telematics.Telemetry;
using Telematics.Trips;
using Telematics.Vehicles;

namespace Telematics.IntegrationTests.Postgres;

/// <summary>
/// How trips and vehicles store themselves in PostgreSQL: what each trip costs in durable writes, and that what is
/// not written (a running trip, a trip's close on its vehicle) is recovered when an activation is lost.
/// </summary>
public sealed class TripDurabilityTests(TripDurabilityTests.ShortIdleCluster fixture) : IClassFixture<TripDurabilityTests.ShortIdleCluster>
{
    private IClusterClient Client => fixture.Cluster.Client;

    [Fact]
    public async Task A_trip_leaves_no_row_once_its_driver_stored_it_and_its_vehicle_is_stored_once_when_it_opens()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-DUR-1", "VEH-DUR-1");

        await vehicle.RecordEventsAsync(TestData.ParkedAtTheEnd(TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(3))));
        await vehicle.RecordEventsAsync(TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(2)));
        Assert.Equal(1, await RemindersAsync("VEH-DUR-1"));
        await vehicle.EndCurrentTripAsync();

        await Poll.UntilAsync(async () => (await driver.GetTripsAsync(null, 10)).Items, t => t.Count == 2);
        await Poll.UntilAsync(() => StoredRowsAsync("VEH-DUR-1-T00000"), n => n == 0);
        // Registration, then the opening of each trip (which also stores the close of the one before).
        Assert.Equal(3, await StoredVersionAsync("VEH-DUR-1"));
    }

    [Fact]
    public async Task A_vehicle_reactivated_before_storing_a_close_counts_resent_events_as_duplicates_and_opens_the_next_trip()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-DUR-2", "VEH-DUR-2");
        var parked = TestData.ParkedAtTheEnd(TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(3)));
        await vehicle.RecordEventsAsync(parked);
        await vehicle.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var resent = await vehicle.RecordEventsAsync(parked[^100..]);
        var next = await vehicle.RecordEventsAsync(TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(2)));
        var open = await vehicle.EndCurrentTripAsync();

        Assert.Equal((0, 100), (resent.Accepted, resent.Duplicates));
        Assert.Equal((300, 0), (next.Accepted, next.Duplicates));
        Assert.Equal(("VEH-DUR-2-T000002", 300), (open!.TripId, open.EventCount));
        var trips = await Poll.UntilAsync(async () => (await driver.GetTripsAsync(null, 10)).Items, t => t.Count == 2);
        Assert.Equal([300, 300], trips.Select(t => t.EventCount));
    }

    [Fact]
    public async Task A_trip_whose_activation_was_lost_is_reloaded_by_its_vehicles_reminder_and_still_ends()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-DUR-3", "VEH-DUR-3");
        await vehicle.RecordEventsAsync(TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(1)));
        await Client.GetGrain<ITripGrain>("VEH-DUR-3-T000001").Cast<IGrainManagementExtension>().DeactivateOnIdle();

        // The device says nothing more: only the reminder brings the trip back.
        await vehicle.AsReference<IRemindable>().ReceiveReminder("trip", new TickStatus(DateTime.UtcNow, TimeSpan.FromMinutes(1), DateTime.UtcNow));

        var trips = await Poll.UntilAsync(async () => (await driver.GetTripsAsync(null, 10)).Items, t => t.Count == 1);
        Assert.Equal((300, TripEndReason.IdleTimeout), (trips[0].EventCount, trips[0].EndReason));
        Assert.Equal(0, await Poll.UntilAsync(() => StoredRowsAsync("VEH-DUR-3-T000001"), n => n == 0));
    }

    [Fact]
    public async Task A_closing_trip_whose_activation_was_lost_merges_the_earlier_batch_completes_once_and_tells_a_later_resend_by_its_archive()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-DUR-5", "VEH-DUR-5");
        var events = TestData.ParkedAtTheEnd(TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(1)));
        await vehicle.RecordEventsAsync(events[150..]);
        await Client.GetGrain<ITripGrain>("VEH-DUR-5-T000001").Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await vehicle.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var earlier = await vehicle.RecordEventsAsync(events[..150]);
        var trip = Assert.Single(await Poll.UntilAsync(async () => (await driver.GetTripsAsync(null, 10)).Items, t => t.Count == 1));
        var resent = await vehicle.RecordEventsAsync(events[200..]);

        Assert.Equal(new IngestResult(150, 0), earlier);
        Assert.Equal((300, TripEndReason.IgnitionOff), (trip.EventCount, trip.EndReason));
        Assert.Equal(new IngestResult(0, 100), resent);
        Assert.Equal(0, await Poll.UntilAsync(() => StoredRowsAsync("VEH-DUR-5-T000001"), n => n == 0));
        Assert.Equal(300, await fixture.Database.ScalarAsync("SELECT count(*) FROM telematics_events WHERE trip_id = 'VEH-DUR-5-T000001'"));
    }

    /// <summary>
    /// A trip whose row is gone is known by the trip store: reactivated by a resend it answers as completed (duplicates,
    /// nothing archived twice) and is not opened again as a new trip, and its summary is still read by its id.
    /// </summary>
    [Fact]
    public async Task A_completed_trip_without_its_row_answers_a_resend_as_duplicates_and_its_summary_from_the_trip_store()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-DUR-6", "VEH-DUR-6");
        var events = TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(1));
        await vehicle.RecordEventsAsync(events);
        var ended = await vehicle.EndCurrentTripAsync();
        await Poll.UntilAsync(() => StoredRowsAsync("VEH-DUR-6-T000001"), n => n == 0, seconds: 30);
        var trip = Client.GetGrain<ITripGrain>("VEH-DUR-6-T000001");
        await trip.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await vehicle.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var read = await trip.GetSummaryAsync();
        await trip.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var resent = await vehicle.RecordEventsAsync(events[200..]);
        var after = await trip.GetSummaryAsync();

        Assert.Equal((TripStatus.Completed, 300, ended!.Features!.DistanceM), (read.Status, read.EventCount, read.Features!.DistanceM));
        Assert.Equal(new IngestResult(0, 100), resent);
        Assert.Equal((TripStatus.Completed, 300), (after.Status, after.EventCount));
        Assert.Equal(0, await StoredRowsAsync("VEH-DUR-6-T000001"));
        Assert.Equal(300, await fixture.Database.ScalarAsync("SELECT count(*) FROM telematics_events WHERE trip_id = 'VEH-DUR-6-T000001'"));
        Assert.Single((await driver.GetTripsAsync(null, 10)).Items);
        Assert.Equal(1, (await driver.GetProfileAsync())!.TripCount);
    }

    /// <summary>
    /// What issue 24 counts: a fleet's completed trips leave no grain-state row (a running trip stores none either),
    /// only their summaries; a resend of each vehicle's last trip, reactivated without its row, is answered as
    /// duplicates and counted by no driver again.
    /// </summary>
    [Fact]
    public async Task Completed_trips_of_a_fleet_leave_no_trip_rows_and_resends_after_the_removal_are_not_counted_again()
    {
        const int vehicles = 3, tripsEach = 4;
        var fleet = new List<(IDriverGrain Driver, IVehicleGrain Vehicle, List<TelematicsEvent> LastTrip)>();
        for (var v = 1; v <= vehicles; v++)
        {
            var (driver, vehicle) = await RegisterAsync($"DRV-ROWS-{v}", $"VEH-ROWS-{v}");
            for (var t = tripsEach; t > 1; t--)
            {
                await vehicle.RecordEventsAsync(TestData.ParkedAtTheEnd(TestData.HarshTrip(seconds: 120, ago: TimeSpan.FromHours(2 * t))));
            }

            var last = TestData.HarshTrip(seconds: 120, ago: TimeSpan.FromHours(2));
            await vehicle.RecordEventsAsync(last);
            await vehicle.EndCurrentTripAsync();
            fleet.Add((driver, vehicle, last));
        }

        foreach (var (driver, _, _) in fleet)
        {
            await Poll.UntilAsync(() => driver.GetProfileAsync(), p => p!.TripCount == tripsEach, seconds: 30);
        }

        var left = await Poll.UntilAsync(() => StoredRowsAsync("VEH-ROWS-%-T"), n => n == 0, seconds: 30);
        foreach (var (_, vehicle, _) in fleet)
        {
            await Client.GetGrain<ITripGrain>($"{vehicle.GetPrimaryKeyString()}-T{tripsEach:D6}").Cast<IGrainManagementExtension>().DeactivateOnIdle();
            await vehicle.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        }

        var resent = new List<IngestResult>();
        foreach (var (_, vehicle, last) in fleet)
        {
            resent.Add(await vehicle.RecordEventsAsync(last[20..]));
        }

        Assert.Equal(0, left);
        Assert.All(resent, r => Assert.Equal(new IngestResult(0, 100), r));
        foreach (var (driver, _, _) in fleet)
        {
            Assert.Equal(tripsEach, (await driver.GetProfileAsync())!.TripCount);
            Assert.Equal(tripsEach, (await driver.GetTripsAsync(null, 10)).Items.Count);
        }

        Assert.Equal(0, await StoredRowsAsync("VEH-ROWS-%-T"));
        Assert.Equal(vehicles, await StoredRowsAsync("VEH-ROWS-"));
        Assert.Equal(vehicles * tripsEach, await fixture.Database.ScalarAsync("SELECT count(*) FROM telematics_trips WHERE driver_id LIKE 'DRV-ROWS-%'"));
    }

    [Fact]
    public async Task Grain_state_is_stored_in_orleans_binary_format_and_state_stored_as_json_before_is_still_read()
    {
        var (_, vehicle) = await RegisterAsync("DRV-DUR-4", "VEH-DUR-4");
        Assert.NotEqual('{', await FirstPayloadByteAsync("VEH-DUR-4"));

        // The row as a version storing Newtonsoft JSON (the providers' default) left it, seven trips in.
        await vehicle.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var silo = (InProcessSiloHandle)fixture.Cluster.Silos[0];
        var json = new JsonGrainStorageSerializer(silo.ServiceProvider.GetRequiredService<OrleansJsonSerializer>())
            .Serialize(new VehicleState { DriverId = "DRV-DUR-4", TripSequence = 7 });
        await using (var update = fixture.Database.DataSource.CreateCommand("UPDATE orleansstorage SET payloadbinary = $1 WHERE grainidextensionstring = 'VEH-DUR-4'"))
        {
            update.Parameters.AddWithValue(json.ToArray());
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        await vehicle.RecordEventsAsync(TestData.HarshTrip(seconds: 60, ago: TimeSpan.FromHours(1)));
        Assert.Equal("VEH-DUR-4-T000008", (await vehicle.EndCurrentTripAsync())!.TripId);
        Assert.NotEqual('{', await FirstPayloadByteAsync("VEH-DUR-4"));
    }

    private async Task<(IDriverGrain Driver, IVehicleGrain Vehicle)> RegisterAsync(string driverId, string vehicleId)
    {
        var driver = Client.GetGrain<IDriverGrain>(driverId);
        await driver.RegisterAsync(TestData.Registration(driverId));
        var vehicle = Client.GetGrain<IVehicleGrain>(vehicleId);
        await vehicle.RegisterAsync(driverId);
        return (driver, vehicle);
    }

    /// <summary>
    /// With memory streams, a completion published and stored by its trip but not yet taken by its driver was lost
    /// with the silo; in Postgres mode it waits in PostgreSQL until the driver confirms it. The table's insert
    /// counter shows it went that way (PostgreSQL reports it within seconds, hence the wait).
    /// </summary>
    [Fact]
    public async Task A_trip_completion_reaches_its_driver_through_PostgreSQL()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-DUR-9", "VEH-DUR-9");

        await vehicle.RecordEventsAsync(TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(2)));
        await vehicle.EndCurrentTripAsync();

        await Poll.UntilAsync(async () => (await driver.GetTripsAsync(null, 10)).Items, t => t.Count == 1);
        var queued = await Poll.UntilAsync(StreamMessagesQueuedAsync, n => n > 0, seconds: 30);
        Assert.True(queued > 0, "no stream message was ever written to PostgreSQL");
    }

    /// <summary>Orleans counts every write of a grain's state in its row's version.</summary>
    private Task<long> StoredVersionAsync(string grainKey) =>
        fixture.Database.ScalarAsync($"SELECT coalesce(max(version), 0) FROM orleansstorage WHERE grainidextensionstring = '{grainKey}'");

    /// <summary>The grain-state rows whose key starts with <paramref name="grainKeyPrefix"/>.</summary>
    private Task<long> StoredRowsAsync(string grainKeyPrefix) =>
        fixture.Database.ScalarAsync($"SELECT count(*) FROM orleansstorage WHERE grainidextensionstring LIKE '{grainKeyPrefix}%'");

    private async Task<char> FirstPayloadByteAsync(string grainKey) =>
        (char)await fixture.Database.ScalarAsync($"SELECT get_byte(payloadbinary, 0) FROM orleansstorage WHERE grainidextensionstring = '{grainKey}'");

    private Task<long> StreamMessagesQueuedAsync() =>
        fixture.Database.ScalarAsync("SELECT coalesce(sum(n_tup_ins), 0) FROM pg_stat_user_tables WHERE relname = 'orleansstreammessage'");

    private Task<long> RemindersAsync(string grainKey) =>
        fixture.Database.ScalarAsync($"SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE '%{grainKey}'");

    /// <summary>One silo on a real PostgreSQL whose trips end after 2 idle seconds.</summary>
    public sealed class ShortIdleCluster : IAsyncLifetime
    {
        public PostgresDatabase Database { get; } = new();

        public InProcessTestCluster Cluster { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Telematics:Trips:IdleTimeout", "00:00:02")]).Build();
            Cluster = await TestClusters.DeployAsync(1, configuration, silo => silo.AddTelematicsPostgresPersistence(Database.ConnectionString));
        }

        public async Task DisposeAsync()
        {
            await TestClusters.StopAsync(Cluster);
            await Database.DisposeAsync();
        }
    }
}
