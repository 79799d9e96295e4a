using Telematics.Portfolio;

namespace Telematics.Live;

/// <summary>The live feed within one process: driver updates and trip progress, each fanned out to its subscribers.</summary>
public sealed class LiveFeedBroadcaster : ILiveFeed
{
    private readonly LiveChannels<DriverSummary> _drivers = new(update => update.DriverId);
    private readonly LiveChannels<TripProgress> _trips = new(progress => progress.DriverId);

    public void Publish(DriverSummary update) => _drivers.Publish(update);

    public void Publish(TripProgress progress) => _trips.Publish(progress);

    public IAsyncEnumerable<DriverSummary> SubscribeAsync(string? driverId, CancellationToken cancellationToken) =>
        _drivers.SubscribeAsync(driverId, cancellationToken);

    public IAsyncEnumerable<TripProgress> SubscribeToTripsAsync(string driverId, CancellationToken cancellationToken) =>
        _trips.SubscribeAsync(driverId, cancellationToken);
}
