namespace Telematics.Trips;

/// <summary>The trip history of the Embedded mode: kept as long as the process, like the rest of its state.</summary>
public sealed class InMemoryTripStore : ITripStore
{
    private static readonly IComparer<TripCursor> NewestFirst = Comparer<TripCursor>.Create((a, b) =>
        b.StartedAt != a.StartedAt ? b.StartedAt.CompareTo(a.StartedAt) : string.CompareOrdinal(b.TripId, a.TripId));

    private readonly Dictionary<string, SortedList<TripCursor, TripSummary>> _byDriver = [];
    private readonly Lock _lock = new();

    public Task AddAsync(IReadOnlyList<TripSummary> trips, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var trip in trips)
            {
                var driver = _byDriver.TryGetValue(trip.DriverId, out var list) ? list : _byDriver[trip.DriverId] = new SortedList<TripCursor, TripSummary>(NewestFirst);
                driver.TryAdd(TripCursor.After(trip), trip);
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> ContainsAsync(string driverId, string tripId, DateTimeOffset startedAt, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_byDriver.TryGetValue(driverId, out var trips) && trips.ContainsKey(new TripCursor(startedAt, tripId)));
        }
    }

    public Task<TripSummary?> FindAsync(string driverId, string tripId, DateTimeOffset startedFrom, DateTimeOffset startedTo, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var trip = _byDriver.TryGetValue(driverId, out var trips)
                ? trips.Values.FirstOrDefault(t => t.TripId == tripId && t.Features!.StartedAt >= startedFrom && t.Features.StartedAt <= startedTo)
                : null;
            return Task.FromResult(trip);
        }
    }

    public Task<TripPage> PageAsync(string driverId, TripCursor? before, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_byDriver.TryGetValue(driverId, out var trips))
            {
                return Task.FromResult(new TripPage([], null));
            }

            var first = before is null ? 0 : FirstAfter(trips.Keys, before);
            var items = trips.Values.Skip(first).Take(limit).ToList();
            var next = first + items.Count < trips.Count && items.Count > 0 ? TripCursor.After(items[^1]) : null;
            return Task.FromResult(new TripPage(items, next));
        }
    }

    /// <summary>The index of the first key listed after <paramref name="cursor"/>, by binary search.</summary>
    private static int FirstAfter(IList<TripCursor> keys, TripCursor cursor)
    {
        int low = 0, high = keys.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (NewestFirst.Compare(keys[middle], cursor) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
