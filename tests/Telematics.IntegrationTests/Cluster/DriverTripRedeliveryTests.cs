using Telematics.Drivers;
using Telematics.Streams;
using Telematics.Trips;

namespace Telematics.IntegrationTests.Cluster;

/// <summary>A trip delivered again, soon or long after (out of order, past the driver's recent trip ids), is counted once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DriverTripRedeliveryTests(ClusterFixture fixture)
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    [Fact]
    public async Task A_trip_redelivered_recently_or_after_forty_others_is_counted_and_stored_once()
    {
        const string driverId = "DRV-REDELIVER-1";
        var driver = fixture.Client.GetGrain<IDriverGrain>(driverId);
        await driver.RegisterAsync(TestData.Registration("Redelivered"));
        var stream = fixture.Client.GetStreamProvider(StreamNamespaces.DurableProvider).GetStream<TripCompleted>(StreamId.Create(StreamNamespaces.TripCompleted, driverId));
        var now = DateTimeOffset.UtcNow;
        var trips = Enumerable.Range(1, 41).Select(i => Trip(driverId, i, now.AddHours(-12 * (42 - i)))).ToList();

        foreach (var trip in trips[..40])
        {
            await stream.OnNextAsync(trip);
        }

        await Poll.UntilAsync(() => driver.GetProfileAsync(), p => p!.TripCount == 40);
        await stream.OnNextAsync(trips[0]);
        await stream.OnNextAsync(trips[39]);
        // The stream delivers in order and a trip is stored after it is counted: once the last one is stored, both
        // redeliveries were handled.
        await stream.OnNextAsync(trips[40]);
        var stored = await Poll.UntilAsync(() => driver.GetTripsAsync(null, 100), page => page.Items.Count == 41);
        var profile = await driver.GetProfileAsync();

        Assert.Equal(41, profile!.TripCount);
        Assert.Equal(trips.Sum(t => t.Features.DistanceMiles), profile.TotalMiles, precision: 6);
        Assert.Equal(trips.Select(t => t.TripId).Reverse(), stored.Items.Select(t => t.TripId));
        Assert.Equal(41, (await driver.GetStatisticsAsync())!.Trips);
    }

    private static TripCompleted Trip(string driverId, int number, DateTimeOffset started)
    {
        var ended = started.AddMinutes(30);
        var features = new TripFeatures(started, ended, 15_000 + number, 1_800, 25, new int[6], new int[6], new int[5], new int[5], 1_800, MovingTimeS: 1_700,
            MondayDistanceM: 15_000 + number, LocalStartDate: LocalDate(started), LocalEndDate: LocalDate(ended));
        return new TripCompleted($"VEH-REDELIVER-1-T{number:D6}", "VEH-REDELIVER-1", driverId, TripEndReason.Explicit, features);
    }

    private static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Toronto).DateTime);
}
