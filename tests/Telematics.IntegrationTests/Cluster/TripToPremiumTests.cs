using Telematics.Drivers;
using Telematics.Pricing;
using Telematics.Risk;
using Telematics.Streams;
using Telematics.Trips;
using Telematics.Vehicles;

namespace Telematics.IntegrationTests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class TripToPremiumTests(ClusterFixture fixture)
{
    private IClusterClient Client => fixture.Client;

    private async Task<(IDriverGrain Driver, IVehicleGrain Vehicle)> RegisterAsync(string driverId, string vehicleId)
    {
        var driver = Client.GetGrain<IDriverGrain>(driverId);
        await driver.RegisterAsync(TestData.Registration("Test Driver"));
        var vehicle = Client.GetGrain<IVehicleGrain>(vehicleId);
        await vehicle.RegisterAsync(driverId);
        return (driver, vehicle);
    }

    [Fact]
    public async Task An_ended_trip_rescores_and_reprices_the_driver_and_publishes_both_on_streams()
    {
        await using var scores = await StreamProbe<RiskScoreCalculated>.SubscribeAsync(Client, StreamNamespaces.RiskScoreCalculated, "DRV-CL-1");
        await using var premiums = await StreamProbe<PremiumUpdated>.SubscribeAsync(Client, StreamNamespaces.PremiumUpdated, "DRV-CL-1");
        var (driver, vehicle) = await RegisterAsync("DRV-CL-1", "VEH-CL-1");
        var before = (await scores.NextAsync("on registration")).Score;
        await premiums.NextAsync("on registration");

        var events = TestData.HarshTrip(seconds: 1_800, ago: TimeSpan.FromHours(1));
        var first = await vehicle.RecordEventsAsync(events[..900]);
        var second = await vehicle.RecordEventsAsync(events[900..]);
        var trip = await vehicle.EndCurrentTripAsync();

        Assert.Equal((900, 0), (first.Accepted, first.Duplicates));
        Assert.Equal((900, 0), (second.Accepted, second.Duplicates));
        Assert.NotNull(trip);
        Assert.Equal(TripStatus.Completed, trip.Status);
        Assert.Equal(30, trip.Features!.HarshBrakings);

        var scored = await scores.NextAsync("after the trip ended");
        var priced = await premiums.NextAsync("after the trip ended");
        Assert.Equal(before, scored.Previous);
        Assert.NotEqual(before.ExpectedClaimFrequency, scored.Score.ExpectedClaimFrequency);
        Assert.Equal(scored.Score, await driver.GetRiskScoreAsync());
        Assert.Equal(priced.Premium, await driver.GetPremiumAsync());

        var profile = await driver.GetProfileAsync();
        Assert.Equal(1, profile!.TripCount);
        Assert.Equal(trip.TripId, Assert.Single(await driver.GetTripsAsync(10)).TripId);
    }

    [Fact]
    public async Task Harsh_braking_scores_worse_than_the_same_drive_done_smoothly()
    {
        var (harshDriver, harshVehicle) = await RegisterAsync("DRV-CL-5", "VEH-CL-5");
        var (smoothDriver, smoothVehicle) = await RegisterAsync("DRV-CL-6", "VEH-CL-6");

        await harshVehicle.RecordEventsAsync(TestData.HarshTrip(seconds: 1_800, ago: TimeSpan.FromHours(1)));
        await smoothVehicle.RecordEventsAsync(TestData.HarshTrip(seconds: 1_800, ago: TimeSpan.FromHours(1), harsh: false));
        await harshVehicle.EndCurrentTripAsync();
        await smoothVehicle.EndCurrentTripAsync();

        var harsh = await Poll.UntilAsync(() => harshDriver.GetProfileAsync(), p => p!.TripCount == 1);
        var smooth = await Poll.UntilAsync(() => smoothDriver.GetProfileAsync(), p => p!.TripCount == 1);
        Assert.True(harsh!.Features!.Brake08Miles > smooth!.Features!.Brake08Miles);
        var (harshScore, smoothScore) = ((await harshDriver.GetRiskScoreAsync())!, (await smoothDriver.GetRiskScoreAsync())!);
        Assert.True(harshScore.ExpectedClaimFrequency > smoothScore.ExpectedClaimFrequency,
            $"harsh {harshScore.ExpectedClaimFrequency} should exceed smooth {smoothScore.ExpectedClaimFrequency}");
    }

    [Fact]
    public async Task Resent_events_are_counted_as_duplicates_and_stored_once()
    {
        var (_, vehicle) = await RegisterAsync("DRV-CL-2", "VEH-CL-2");
        var events = TestData.HarshTrip(seconds: 120, ago: TimeSpan.FromHours(1));

        await vehicle.RecordEventsAsync(events);
        var resent = await vehicle.RecordEventsAsync(events[60..]);
        var trip = await vehicle.EndCurrentTripAsync();

        Assert.Equal((0, 60), (resent.Accepted, resent.Duplicates));
        Assert.Equal(120, trip!.EventCount);
    }

    [Fact]
    public async Task Ignition_off_ends_the_trip_and_the_next_event_opens_a_new_one()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-CL-3", "VEH-CL-3");
        var events = TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(2));
        events[^1] = events[^1] with { Ignition = false };
        var next = TestData.HarshTrip(seconds: 60, ago: TimeSpan.FromHours(1));

        await vehicle.RecordEventsAsync(events);
        await vehicle.RecordEventsAsync(next);
        var second = await vehicle.EndCurrentTripAsync();

        Assert.EndsWith("-T000002", second!.TripId);
        var trips = await Poll.UntilAsync(() => driver.GetTripsAsync(10), t => t.Count == 2);
        Assert.Contains(trips, t => t.EndReason == TripEndReason.IgnitionOff);
    }

    [Fact]
    public async Task A_trip_with_no_event_for_the_idle_timeout_ends_by_itself()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-CL-4", "VEH-CL-4");

        await vehicle.RecordEventsAsync(TestData.HarshTrip(seconds: 120, ago: TimeSpan.FromMinutes(1)));

        var trips = await Poll.UntilAsync(() => driver.GetTripsAsync(10), t => t.Count == 1);
        Assert.Equal(TripEndReason.IdleTimeout, trips[0].EndReason);
        var endedLater = await vehicle.EndCurrentTripAsync();
        Assert.Equal((TripStatus.Completed, TripEndReason.IdleTimeout), (endedLater!.Status, endedLater.EndReason));
    }

    [Fact]
    public async Task A_backlog_holding_two_trips_makes_two_trips()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-CL-7", "VEH-CL-7");
        var first = TestData.HarshTrip(seconds: 600, ago: TimeSpan.FromHours(2));
        first[^1] = first[^1] with { Ignition = false };
        // On again a minute after parking: a device that was offline flushes both trips in one delivery.
        var second = TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(2) - TimeSpan.FromSeconds(360));

        var result = await vehicle.RecordEventsAsync([.. second, .. first]);
        var open = await vehicle.EndCurrentTripAsync();

        Assert.Equal((900, 0), (result.Accepted, result.Duplicates));
        Assert.Equal((300, "-T000002"), (open!.EventCount, open.TripId[^8..]));
        var trips = await Poll.UntilAsync(() => driver.GetTripsAsync(10), t => t.Count == 2);
        // In no set order: the first trip waits out its reorder window, the second was ended at once.
        Assert.Equal([(300, TripEndReason.Explicit), (600, TripEndReason.IgnitionOff)], trips.Select(t => (t.EventCount, t.EndReason!.Value)).Order());
    }
}
