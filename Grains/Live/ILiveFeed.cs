using Telematics.Portfolio;

namespace Telematics.Live;

/// <summary>
/// Driver updates for the live dashboards. Projections publish on the silo that runs them; every node's
/// subscribers see every update (in one process directly, across nodes through a backplane).
/// </summary>
public interface ILiveFeed
{
    void Publish(DriverSummary update);

    /// <summary>Updates from now on, for one driver or (null) all; a slow reader loses the oldest, never blocks publishers.</summary>
    IAsyncEnumerable<DriverSummary> SubscribeAsync(string? driverId, CancellationToken cancellationToken);
}
