using Microsoft.Extensions.Logging;
using Telematics.Drivers;
using Telematics.Live;

namespace Telematics.Portfolio;

/// <summary>
/// Takes a driver's update to the read model and the live feed from the driver's own activation: no stream, no
/// per-driver projection grain, so an update costs neither an activation nor a hop (bench/results/streams.md).
/// </summary>
/// <remarks>
/// A failure is logged, not thrown: the driver has stored its new state, and the read model is made good by the
/// driver's next update or a rescoring, as a lost memory-stream event was before.
/// </remarks>
public sealed class DriverUpdatePublisher(IDriverReadModel readModel, ILiveFeed liveFeed, ILogger<DriverUpdatePublisher> logger)
{
    public async Task PublishAsync(DriverUpdated update)
    {
        var summary = update.ToSummary();
        try
        {
            await readModel.UpsertAsync([summary]);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Read model not updated for driver {DriverId}; its next update or a rescoring makes it good", update.DriverId);
        }

        liveFeed.Publish(summary);
    }
}
