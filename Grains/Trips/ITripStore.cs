namespace Telematics.Trips;

/// <summary>
/// The summaries of completed trips, by driver: the trip history that is no longer kept in the driver's state.
/// The driver grain stores a trip here after it counted it, so a stored trip is a counted one.
/// </summary>
public interface ITripStore
{
    /// <summary>Stores completed trips (with their features); a trip stored already is left as it is.</summary>
    Task AddAsync(IReadOnlyList<TripSummary> trips, CancellationToken cancellationToken = default);

    /// <summary>Whether the driver's trip that started at <paramref name="startedAt"/> is stored.</summary>
    Task<bool> ContainsAsync(string driverId, string tripId, DateTimeOffset startedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// The driver's stored trip, if it started between <paramref name="startedFrom"/> and <paramref name="startedTo"/>
    /// (inclusive): a trip that knows its fixes but not which of them its features started at.
    /// </summary>
    Task<TripSummary?> FindAsync(string driverId, string tripId, DateTimeOffset startedFrom, DateTimeOffset startedTo, CancellationToken cancellationToken = default);

    /// <summary>The driver's trips before <paramref name="before"/> (all when null), newest first, at most <paramref name="limit"/>.</summary>
    Task<TripPage> PageAsync(string driverId, TripCursor? before, int limit, CancellationToken cancellationToken = default);
}
