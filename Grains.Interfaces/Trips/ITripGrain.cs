using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>A trip (key: trip id). Keeps its events in memory until it ends, then publishes <see cref="TripCompleted"/>.</summary>
[Alias("telematics.ITripGrain")]
public interface ITripGrain : IGrainWithStringKey
{
    /// <summary>
    /// Appends events, ordered by time, with duplicate timestamps dropped; a closing or completed trip takes only those at or
    /// before its end. See <see cref="TripAppendOutcome"/>.
    /// </summary>
    /// <param name="opened">The vehicle opened the trip for these events: nothing of it can be in the archive to reload.</param>
    [Alias("Append")]
    Task<TripAppendResult> AppendAsync(TripOwner owner, IReadOnlyList<TelematicsEvent> events, bool opened);

    /// <summary>Ends the trip now, without waiting for fixes that may still arrive.</summary>
    [Alias("End")]
    Task<TripSummary> EndAsync(TripOwner owner, TripEndReason reason);

    /// <summary>Ends the trip at its latest fix: it completes once the reorder window has passed without a new fix.</summary>
    [Alias("Close")]
    Task<TripAppendResult> CloseAsync(TripOwner owner, TripEndReason reason);

    /// <summary>
    /// Ends the trip if it has had no event for the idle timeout (a closing trip: for the reorder window), and publishes a completion that has not gone out yet;
    /// the vehicle's reminder calls it, so a trip whose silo was lost is reloaded and still ends.
    /// </summary>
    [Alias("EndIfIdle")]
    Task<TripSummary> EndIfIdleAsync(TripOwner owner);

    /// <summary>
    /// The driver has counted the completed trip and stored its summary in the trip store, which answers for it from
    /// now on: the trip's own stored state is removed.
    /// </summary>
    [Alias("SummaryStored")]
    Task SummaryStoredAsync();

    [Alias("GetSummary")]
    Task<TripSummary> GetSummaryAsync();
}
