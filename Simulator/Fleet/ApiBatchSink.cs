using Telematics.Simulator.Api;

namespace Telematics.Simulator.Fleet;

public sealed class ApiBatchSink(TelematicsApiClient client) : IBatchSink
{
    public Task WriteAsync(EventBatch batch, CancellationToken cancellationToken) =>
        client.PostEventsAsync(batch.VehicleId, batch.Events, cancellationToken);
}
