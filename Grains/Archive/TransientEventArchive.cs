using Telematics.Telemetry;

namespace Telematics.Archive;

/// <summary>
/// Embedded mode's archive: it keeps nothing. A running trip holds its own events in memory, and in Embedded mode
/// a lost silo loses every grain anyway, so there is nothing a second copy could recover.
/// </summary>
public sealed class TransientEventArchive : IEventArchive
{
    public Task AppendAsync(string tripId, string vehicleId, IReadOnlyList<TelematicsEvent> events, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public Task<IReadOnlyList<TelematicsEvent>> ReadTripAsync(string tripId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TelematicsEvent>>([]);
}
