using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>A trip (key: trip id). Keeps its events in memory until it ends, then publishes <see cref="TripCompleted"/>.</summary>
[Alias("telematics.ITripGrain")]
public interface ITripGrain : IGrainWithStringKey
{
    /// <summary>Appends events, ordered by time, with duplicate timestamps dropped; see <see cref="TripAppendOutcome"/>.</summary>
    [Alias("Append")]
    Task<TripAppendResult> AppendAsync(string vehicleId, string driverId, IReadOnlyList<TelematicsEvent> events);

    [Alias("End")]
    Task<TripSummary> EndAsync(TripEndReason reason);

    [Alias("GetSummary")]
    Task<TripSummary> GetSummaryAsync();
}
