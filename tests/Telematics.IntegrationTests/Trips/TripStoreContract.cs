using Telematics.Trips;

namespace Telematics.IntegrationTests.Trips;

/// <summary>What every trip store promises, whichever store holds the trips.</summary>
public abstract class TripStoreContract
{
    private static readonly DateTimeOffset Then = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    protected abstract Task<ITripStore> StoreAsync();

    [Fact]
    public async Task Pages_run_newest_first_and_each_cursor_continues_exactly_after_its_page()
    {
        var store = await StoreAsync();
        var driver = $"DRV-TS-{Guid.NewGuid():N}"[..20];
        // Two trips start at the same instant: the trip id orders them, so neither is skipped nor repeated at a page break.
        var trips = Enumerable.Range(0, 23).Select(i => Trip(driver, i, Then.AddDays(i * 3))).Append(Trip(driver, 99, Then.AddDays(21))).ToList();
        await store.AddAsync(trips.OrderBy(_ => Random.Shared.Next()).ToList());
        await store.AddAsync([Trip($"{driver}-X", 0, Then)]);

        var seen = new List<string>();
        TripCursor? cursor = null;
        var pages = 0;
        do
        {
            var page = await store.PageAsync(driver, cursor, limit: 5);
            seen.AddRange(page.Items.Select(t => t.TripId));
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null);

        var expected = trips.OrderByDescending(t => t.Features!.StartedAt).ThenByDescending(t => t.TripId, StringComparer.Ordinal).Select(t => t.TripId);
        Assert.Equal(expected, seen);
        Assert.Equal(5, pages);
    }

    [Fact]
    public async Task A_trip_stored_twice_is_kept_once_and_found_by_its_start()
    {
        var store = await StoreAsync();
        var driver = $"DRV-TS-{Guid.NewGuid():N}"[..20];
        var trip = Trip(driver, 1, Then);

        await store.AddAsync([trip]);
        await store.AddAsync([trip with { EventCount = 1 }]);

        var page = await store.PageAsync(driver, null, limit: 10);
        Assert.Equal(trip.EventCount, Assert.Single(page.Items).EventCount);
        Assert.Null(page.Next);
        Assert.True(await store.ContainsAsync(driver, trip.TripId, Then));
        Assert.False(await store.ContainsAsync(driver, trip.TripId, Then.AddSeconds(1)));
        Assert.False(await store.ContainsAsync(driver, "VEH-TS-T000002", Then));
    }

    [Fact]
    public async Task A_trip_is_found_by_its_id_within_a_range_holding_its_start_or_the_whole_history_and_only_there()
    {
        var store = await StoreAsync();
        var driver = $"DRV-TS-{Guid.NewGuid():N}"[..20];
        var trip = Trip(driver, 1, Then);
        await store.AddAsync([trip, Trip(driver, 2, Then.AddHours(1))]);

        Assert.Equal(trip.EventCount, (await store.FindAsync(driver, trip.TripId, Then, Then))?.EventCount);
        Assert.Equal(trip.TripId, (await store.FindAsync(driver, trip.TripId, Then.AddMinutes(-5), Then.AddMinutes(30)))?.TripId);
        Assert.Equal(trip.TripId, (await store.FindAsync(driver, trip.TripId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue))?.TripId);
        Assert.Null(await store.FindAsync(driver, trip.TripId, Then.AddSeconds(1), Then.AddHours(2)));
        Assert.Null(await store.FindAsync($"{driver}-X", trip.TripId, Then, Then));
    }

    [Fact]
    public async Task A_driver_without_trips_has_an_empty_last_page()
    {
        var page = await (await StoreAsync()).PageAsync($"DRV-TS-{Guid.NewGuid():N}"[..20], null, limit: 10);

        Assert.Empty(page.Items);
        Assert.Null(page.Next);
    }

    internal static TripSummary Trip(string driverId, int number, DateTimeOffset started) => new(
        $"VEH-TS-T{number:D6}", "VEH-TS", driverId, TripStatus.Completed, TripEndReason.Explicit,
        new TripFeatures(started, started.AddMinutes(25), 12_000 + number, 1_500, 25, [number, 0, 0, 0, 0, 0], new int[6], new int[5], new int[5], 1_500),
        1_500);
}
