using Telematics.Simulator.Api;

namespace Telematics.Simulator.Fleet;

/// <summary>Where generated batches go: the API, or a file of the API's request bodies.</summary>
public interface IBatchSink
{
    Task WriteAsync(EventBatch batch, CancellationToken cancellationToken);
}
