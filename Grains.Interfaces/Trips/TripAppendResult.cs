namespace Telematics.Trips;

/// <summary>
/// What a trip did with a batch. A closing or closed trip takes only the fixes at or before <paramref name="TripEndedAt"/>;
/// the vehicle sends the later ones to its next trip.
/// </summary>
/// <param name="Late">Fixes of a completed trip that it did not hold: archived under it, not in its published features.</param>
[GenerateSerializer, Immutable, Alias("telematics.TripAppendResult")]
public sealed record TripAppendResult(int Accepted, int Duplicates, TripAppendOutcome Outcome, DateTimeOffset? TripEndedAt, int Late = 0);

[GenerateSerializer, Alias("telematics.TripAppendOutcome")]
public enum TripAppendOutcome
{
    /// <summary>The events were recorded and the trip goes on.</summary>
    Appended,

    /// <summary>The events were recorded and the trip completed at once (no reorder window), at the latest of them.</summary>
    AppendedAndClosed,

    /// <summary>The trip had completed already: its fixes were resends or late.</summary>
    AlreadyClosed,

    /// <summary>
    /// The trip ended at <see cref="TripAppendResult.TripEndedAt"/> (ignition off, or a silence in a delivery) and completes
    /// once the reorder window has passed without a new fix; until then fixes up to that time are merged into it.
    /// </summary>
    Closing,
}
