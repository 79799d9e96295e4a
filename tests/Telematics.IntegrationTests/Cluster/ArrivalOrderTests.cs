using System.Text.Json;
using Telematics.Drivers;
using Telematics.Telemetry;
using Telematics.Trips;
using Telematics.Vehicles;

namespace Telematics.IntegrationTests.Cluster;

/// <summary>
/// Batches of a trip arriving out of order through real silos: the trip is assembled by fix time within its reorder
/// window (the fixture's idle timeout of 3 s bounds it) and reaches its driver once, whole.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ArrivalOrderTests(ClusterFixture fixture)
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task A_trip_whose_ignition_off_batch_arrives_first_reaches_its_driver_whole_and_once()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-AO-1", "VEH-AO-1");
        var events = TestData.ParkedAtTheEnd(TestData.HarshTrip(seconds: 600, ago: TimeSpan.FromHours(1)));
        var inOrder = FeaturesOf(events);

        var answers = new List<IngestResult>();
        foreach (var batch in new[] { events[400..], events[..200], events[200..400] })
        {
            answers.Add(await vehicle.RecordEventsAsync(batch));
        }

        Assert.All(answers, a => Assert.Equal(new IngestResult(200, 0), a));
        var trip = Assert.Single(await Poll.UntilAsync(() => driver.GetTripsAsync(10), t => t.Count == 1));
        Assert.Equal(("VEH-AO-1-T000001", TripEndReason.IgnitionOff, 600), (trip.TripId, trip.EndReason!.Value, trip.Features!.EventCount));
        Assert.Equal(inOrder.DistanceM, trip.Features.DistanceM, precision: 6);
        Assert.Equal(10, inOrder.HarshBrakings);
        Assert.Equal(inOrder.BrakingCounts, trip.Features.BrakingCounts);
        Assert.Equal(inOrder.StartedAt, trip.Features.StartedAt);

        // Past its window the trip is complete; the next trip's fixes open a second trip and the first is not counted again.
        await vehicle.RecordEventsAsync(TestData.HarshTrip(seconds: 60, ago: TimeSpan.FromMinutes(30)));
        Assert.Equal("VEH-AO-1-T000002", (await vehicle.EndCurrentTripAsync())!.TripId);
        var trips = await Poll.UntilAsync(() => driver.GetTripsAsync(10), t => t.Count == 2);
        Assert.Equal(["VEH-AO-1-T000001", "VEH-AO-1-T000002"], trips.Select(t => t.TripId).Order());
        Assert.Equal(2, (await driver.GetProfileAsync())!.TripCount);
    }

    [Fact]
    public async Task A_resent_batch_is_still_a_duplicate_and_the_trip_counts_it()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-AO-2", "VEH-AO-2");
        var events = TestData.ParkedAtTheEnd(TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(1)));

        var first = await vehicle.RecordEventsAsync(events);
        var resent = await vehicle.RecordEventsAsync(events[100..200]);

        Assert.Equal(new IngestResult(300, 0), first);
        Assert.Equal(new IngestResult(0, 100), resent);
        var trip = Assert.Single(await Poll.UntilAsync(() => driver.GetTripsAsync(10), t => t.Count == 1));
        Assert.Equal((300, 100), (trip.Features!.EventCount, trip.Features.DuplicateEventCount));
    }

    [Fact]
    public async Task Fixes_arriving_after_the_window_are_reported_late_and_leave_the_published_trip_as_it_was()
    {
        var (driver, vehicle) = await RegisterAsync("DRV-AO-3", "VEH-AO-3");
        var events = TestData.ParkedAtTheEnd(TestData.HarshTrip(seconds: 300, ago: TimeSpan.FromHours(1)));

        await vehicle.RecordEventsAsync(events[150..]);
        var published = Assert.Single(await Poll.UntilAsync(() => driver.GetTripsAsync(10), t => t.Count == 1));
        var late = await vehicle.RecordEventsAsync(events[..150]);

        Assert.Equal(new IngestResult(0, 0, 150), late);
        Assert.Equal(150, published.Features!.EventCount);
        var trips = await driver.GetTripsAsync(10);
        Assert.Equal(JsonSerializer.Serialize(published.Features), JsonSerializer.Serialize(Assert.Single(trips).Features));
        Assert.Null(await vehicle.EndCurrentTripAsync());
    }

    [Fact]
    public async Task A_trip_reads_night_in_its_driver_s_zone()
    {
        var (_, vancouver) = await RegisterAsync("DRV-AO-4", "VEH-AO-4", "America/Vancouver");
        var (_, toronto) = await RegisterAsync("DRV-AO-5", "VEH-AO-5", "America/Toronto");
        var events = TestData.HalfPastTwoAtNight("America/Vancouver", seconds: 600);

        await vancouver.RecordEventsAsync(events);
        await toronto.RecordEventsAsync(events);
        var inVancouver = (await vancouver.EndCurrentTripAsync())!.Features!;
        var inToronto = (await toronto.EndCurrentTripAsync())!.Features!;

        Assert.Equal(inVancouver.DistanceM, inVancouver.NightDistanceM, precision: 6);
        Assert.True(inVancouver.DistanceM > 10_000, $"distance {inVancouver.DistanceM}");
        Assert.Equal(0, inToronto.NightDistanceM);
    }

    private async Task<(IDriverGrain Driver, IVehicleGrain Vehicle)> RegisterAsync(string driverId, string vehicleId, string? timeZoneId = null)
    {
        var driver = Client.GetGrain<IDriverGrain>(driverId);
        await driver.RegisterAsync(TestData.Registration(driverId) with { TimeZoneId = timeZoneId });
        var vehicle = Client.GetGrain<IVehicleGrain>(vehicleId);
        await vehicle.RegisterAsync(driverId, timeZoneId);
        return (driver, vehicle);
    }

    private static TripFeatures FeaturesOf(IEnumerable<TelematicsEvent> events) =>
        TripFeatureExtractor.Extract(TelemetryCleaner.Clean(events, new TelemetryCleaningOptions()), new TripFeatureOptions());
}
