using Telematics.Portfolio;

namespace Telematics.Live;

/// <summary>
/// Driver updates and running trips' progress for the live dashboards. Projections and trips publish on the silo that
/// runs them; every node's subscribers see every message (in one process directly, across nodes through a backplane).
/// A slow reader loses the oldest messages, never blocks publishers.
/// </summary>
public interface ILiveFeed
{
    void Publish(DriverSummary update);

    void Publish(TripProgress progress);

    /// <summary>Updates from now on, for one driver or (null) all.</summary>
    IAsyncEnumerable<DriverSummary> SubscribeAsync(string? driverId, CancellationToken cancellationToken);

    /// <summary>The progress of the driver's running trips from now on, up to each one's end.</summary>
    IAsyncEnumerable<TripProgress> SubscribeToTripsAsync(string driverId, CancellationToken cancellationToken);
}
