using System.Net;
using System.Net.Http.Json;
using Orleans.Core.Internal;
using Telematics.Drivers;
using Telematics.Storage;
using Telematics.Telemetry;
using Telematics.Trips;
using Telematics.Vehicles;

namespace Telematics.IntegrationTests.Postgres.Faults;

/// <summary>
/// A trip of three batches sent over HTTP by a client that resends until 202, with a database fault held during one
/// batch, and the cluster's grains deactivated after the middle batch and at the end (what a restart of the cluster does
/// to them); or the suite's own PostgreSQL server restarted at a step of the trip. Whatever fails, every acknowledged
/// event is archived, the trip completes once with all its events, its driver counts it once with its miles, and the
/// client sees only 202 and 503 with Retry-After.
/// </summary>
[Collection(FaultInjectionCollection.Name)]
public sealed class TripFaultInjectionTests(FaultInjectionFixture fixture)
{
    private const int EventsPerBatch = 200;
    private const int Batches = 3;

    /// <summary>How long a fault stays on after the ignition-off batch: the driver takes the completion from PostgreSQL within it.</summary>
    private static readonly TimeSpan DriverUpdateHold = TimeSpan.FromSeconds(1.5);

    /// <summary>How long the server stays down in the cases that stop it: several of the cluster's retries and polls.</summary>
    private static readonly TimeSpan ServerDowntime = TimeSpan.FromSeconds(3);

    private readonly List<(HttpStatusCode Status, bool RetryAfter)> _answers = [];

    public static TheoryData<TripStep, string> Cases()
    {
        var cases = new TheoryData<TripStep, string>();
        foreach (var step in Enum.GetValues<TripStep>())
        {
            foreach (var fault in DatabaseFault.All)
            {
                cases.Add(step, fault);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_fault_at_any_step_of_a_trip_loses_no_event_and_the_trip_reaches_its_driver_once(TripStep step, string fault)
    {
        var (driverId, vehicleId) = await RegisterAsync();
        var batches = Trip(TimeSpan.FromHours(1));

        for (var i = 0; i < Batches; i++)
        {
            if ((TripStep)i == step)
            {
                await using var held = await DatabaseFault.StartAsync(fixture.Database, fault);
                await PostAsync(vehicleId, batches[i]);
                if (step == TripStep.IgnitionOff)
                {
                    await Task.Delay(DriverUpdateHold);
                }
            }

            await PostUntilAcceptedAsync(vehicleId, batches[i]);
            if (i == 1)
            {
                await RestartAsync(vehicleId, driverId);
            }
        }

        await AssertTripsReachedTheDriverAsync(driverId, vehicleId, tripCount: 1);
    }

    /// <summary>
    /// The server itself restarted, or down for <see cref="ServerDowntime"/>, at each step of a trip's life: sessions
    /// end, connections are refused while it is down, and the cluster must recover by itself.
    /// </summary>
    [Theory]
    [InlineData(ServerRestart.BeforeMiddleBatch)]
    [InlineData(ServerRestart.DownAtMiddleBatch)]
    [InlineData(ServerRestart.DuringIgnitionOffBatch)]
    [InlineData(ServerRestart.AfterIgnitionOffAnswered)]
    [InlineData(ServerRestart.DownWhileDriverUpdateDue)]
    public async Task A_server_restart_at_any_step_of_a_trip_loses_no_event_and_the_trip_reaches_its_driver_once(ServerRestart restart)
    {
        var (driverId, vehicleId) = await RegisterAsync();
        var batches = Trip(TimeSpan.FromHours(1));
        await PostUntilAcceptedAsync(vehicleId, batches[0]);

        await DisruptAsync(restart, ServerRestart.BeforeMiddleBatch, ServerRestart.DownAtMiddleBatch, async () =>
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await PostAsync(vehicleId, batches[1])).StatusCode));
        await PostUntilAcceptedAsync(vehicleId, batches[1]);
        var restarting = restart == ServerRestart.DuringIgnitionOffBatch ? RestartServerAsync() : Task.CompletedTask;
        await PostUntilAcceptedAsync(vehicleId, batches[2]);
        await restarting;
        await DisruptAsync(restart, ServerRestart.AfterIgnitionOffAnswered, ServerRestart.DownWhileDriverUpdateDue, () => Task.CompletedTask);

        await AssertTripsReachedTheDriverAsync(driverId, vehicleId, tripCount: 1);
    }

    /// <summary>
    /// Issue 29, item 1: the ignition-off batch was archived but its completion not published; the resend was
    /// answered as a duplicate and nothing published it again, so the trip was lost with its activation.
    /// </summary>
    [Fact]
    public async Task A_trip_whose_completion_failed_to_publish_completes_when_its_last_batch_is_resent()
    {
        var (driverId, vehicleId) = await RegisterAsync();
        var batches = Trip(TimeSpan.FromHours(1));
        await PostUntilAcceptedAsync(vehicleId, batches[0]);
        await PostUntilAcceptedAsync(vehicleId, batches[1]);

        HttpResponseMessage refused;
        await using (await DatabaseFault.StartAsync(fixture.Database, "INSERT on orleansstreammessage"))
        {
            refused = await PostAsync(vehicleId, batches[2]);
        }

        var resent = await PostAsync(vehicleId, batches[2]);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        Assert.Equal($$"""{"accepted":0,"duplicates":{{EventsPerBatch}}}""", await resent.Content.ReadAsStringAsync());
        await RestartAsync(vehicleId, driverId);
        await AssertTripsReachedTheDriverAsync(driverId, vehicleId, tripCount: 1);
    }

    /// <summary>
    /// Issue 29, item 2: the vehicle's store of a new trip failed, it drove the trip on in memory while the database
    /// held the trip before, and after a restart reopened the trip without the events archived so far.
    /// </summary>
    [Fact]
    public async Task A_trip_opened_while_its_vehicle_could_not_store_it_keeps_its_archived_events_across_a_restart()
    {
        var (driverId, vehicleId) = await RegisterAsync();
        foreach (var batch in Trip(TimeSpan.FromHours(2)))
        {
            await PostUntilAcceptedAsync(vehicleId, batch);
        }

        var second = Trip(TimeSpan.FromHours(1));
        HttpResponseMessage refused;
        await using (await DatabaseFault.StartAsync(fixture.Database, "UPDATE on orleansstorage"))
        {
            refused = await PostAsync(vehicleId, second[0]);
        }

        await PostUntilAcceptedAsync(vehicleId, second[0]);
        await PostUntilAcceptedAsync(vehicleId, second[1]);
        await RestartAsync(vehicleId, driverId);
        await PostUntilAcceptedAsync(vehicleId, second[2]);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        await AssertTripsReachedTheDriverAsync(driverId, vehicleId, tripCount: 2);
    }

    /// <summary>
    /// At one point of the trip: restarts the server if the case is <paramref name="restartHere"/>, or, if it is
    /// <paramref name="downHere"/>, stops it for <see cref="ServerDowntime"/> and does <paramref name="whileDown"/> meanwhile.
    /// </summary>
    private async Task DisruptAsync(ServerRestart restart, ServerRestart restartHere, ServerRestart downHere, Func<Task> whileDown)
    {
        if (restart == restartHere)
        {
            await RestartServerAsync();
        }
        else if (restart == downHere)
        {
            await fixture.Server.StopAsync();
            await Task.WhenAll(whileDown(), Task.Delay(ServerDowntime));
            await fixture.Server.StartAsync();
            fixture.Database.DataSource.Clear();
        }
    }

    /// <summary>A fast restart, then the test's own connections that it ended are dropped.</summary>
    private async Task RestartServerAsync()
    {
        await fixture.Server.RestartAsync();
        fixture.Database.DataSource.Clear();
    }

    private async Task<(string DriverId, string VehicleId)> RegisterAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var (driverId, vehicleId) = ($"DRV-FI-{id}", $"VEH-FI-{id}");
        // Just after a restart the first statement may meet a connection the server dropped: the driver answers
        // "resend" with nothing stored, and a client resends, as this one does once.
        try
        {
            await fixture.Grains.GetGrain<IDriverGrain>(driverId).RegisterAsync(TestData.Registration(driverId));
        }
        catch (StorageUnavailableException)
        {
            await fixture.Grains.GetGrain<IDriverGrain>(driverId).RegisterAsync(TestData.Registration(driverId));
        }

        await fixture.Grains.GetGrain<IVehicleGrain>(vehicleId).RegisterAsync(driverId);
        return (driverId, vehicleId);
    }

    /// <summary>A trip in three batches, the ignition off in its last event.</summary>
    private static List<TelematicsEvent[]> Trip(TimeSpan ago)
    {
        var events = TestData.HarshTrip(seconds: Batches * EventsPerBatch, ago);
        events[^1] = events[^1] with { Ignition = false };
        return [.. events.Chunk(EventsPerBatch)];
    }

    private async Task<HttpResponseMessage> PostAsync(string vehicleId, TelematicsEvent[] events)
    {
        var response = await fixture.Admin.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId, events });
        _answers.Add((response.StatusCode, response.Headers.RetryAfter is not null));
        return response;
    }

    /// <summary>Resends like a device: on 503, after a pause, until the batch is acknowledged.</summary>
    private async Task PostUntilAcceptedAsync(string vehicleId, TelematicsEvent[] events)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await PostAsync(vehicleId, events);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 50)
            {
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                return;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Deactivates the vehicle, its trips and its driver: what they kept only in memory is gone, as after a restart. A
    /// grain activated to be deactivated reads its state, which may meet a connection a fault killed: the test retries
    /// its own calls as a client would.
    /// </summary>
    private async Task RestartAsync(string vehicleId, string driverId)
    {
        IEnumerable<IAddressable> grains =
        [
            fixture.Grains.GetGrain<IVehicleGrain>(vehicleId),
            .. Enumerable.Range(1, 3).Select(n => fixture.Grains.GetGrain<ITripGrain>($"{vehicleId}-T{n:D6}")),
            fixture.Grains.GetGrain<IDriverGrain>(driverId),
        ];
        foreach (var grain in grains)
        {
            await RetriedAsync(async () =>
            {
                await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
                return true;
            });
        }
    }

    private async Task AssertTripsReachedTheDriverAsync(string driverId, string vehicleId, int tripCount)
    {
        Assert.All(_answers, a => Assert.True(
            a.Status == HttpStatusCode.Accepted || (a.Status == HttpStatusCode.ServiceUnavailable && a.RetryAfter),
            $"a client was answered {(int)a.Status}{(a.RetryAfter ? " with" : " without")} Retry-After"));
        Assert.Equal(tripCount * Batches * EventsPerBatch,
            await fixture.Database.ScalarAsync($"SELECT count(DISTINCT event_time) FROM telematics_events WHERE vehicle_id = '{vehicleId}'"));

        var driver = fixture.Grains.GetGrain<IDriverGrain>(driverId);
        await Poll.UntilAsync(driver.GetProfileAsync, p => p!.TripCount >= tripCount, seconds: 90);
        await RestartAsync(vehicleId, driverId);

        var trips = new List<TripSummary>();
        for (var n = 1; n <= tripCount + 1; n++)
        {
            trips.Add(await RetriedAsync(fixture.Grains.GetGrain<ITripGrain>($"{vehicleId}-T{n:D6}").GetSummaryAsync));
        }

        Assert.All(trips[..tripCount], t => Assert.Equal((TripStatus.Completed, Batches * EventsPerBatch), (t.Status, t.Features?.EventCount)));
        Assert.Equal(TripStatus.NotStarted, trips[tripCount].Status);
        var profile = await RetriedAsync(driver.GetProfileAsync);
        Assert.Equal(tripCount, profile!.TripCount);
        Assert.Equal(trips[..tripCount].Sum(t => t.Features!.DistanceMiles), profile.TotalMiles, precision: 6);
    }

    private static Task<T> RetriedAsync<T>(Func<Task<T>> call) => Poll.UntilAsync(call, _ => true);
}
