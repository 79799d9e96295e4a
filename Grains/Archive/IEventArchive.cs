using Telematics.Telemetry;

namespace Telematics.Archive;

/// <summary>
/// The raw event archive. A trip acknowledges events only after <see cref="AppendAsync"/> completes, so where the
/// archive is durable an acknowledged event survives the loss of the silo that held it.
/// </summary>
public interface IEventArchive
{
    Task AppendAsync(string tripId, string vehicleId, IReadOnlyList<TelematicsEvent> events, CancellationToken cancellationToken = default);

    /// <summary>A trip's archived events, for a trip reactivated after its silo was lost.</summary>
    Task<IReadOnlyList<TelematicsEvent>> ReadTripAsync(string tripId, CancellationToken cancellationToken = default);
}
