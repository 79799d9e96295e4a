using Telematics.Archive;
using Telematics.Telemetry;

namespace Telematics.Api.Web.Services;

/// <summary>
/// Embedded mode's archive keeps no fixes; with the built-in fleet on, this one passes every append on to it and keeps
/// a thinned copy in <see cref="RecentRoutes"/> for the trip pages. Reads are the archive's own, unchanged: a trip
/// reactivated never reloads thinned fixes as if they were its events.
/// </summary>
public sealed class RouteRecordingArchive(IEventArchive archive, RecentRoutes routes) : IEventArchive
{
    public async Task AppendAsync(string tripId, string vehicleId, IReadOnlyList<TelematicsEvent> events, CancellationToken cancellationToken = default)
    {
        await archive.AppendAsync(tripId, vehicleId, events, cancellationToken);
        routes.Record(tripId, events);
    }

    public Task<IReadOnlyList<TelematicsEvent>> ReadTripAsync(string tripId, CancellationToken cancellationToken = default) =>
        archive.ReadTripAsync(tripId, cancellationToken);
}
