using Telematics.Simulator.Api;

namespace Telematics.Simulator.Fleet;

/// <summary>Where generated batches go: the API, or a file of the API's request bodies.</summary>
public interface IBatchSink : IAsyncDisposable
{
    Task WriteAsync(EventBatch batch, CancellationToken cancellationToken);

    /// <summary>Most sinks hold nothing of their own; one that keeps connections closes them.</summary>
    ValueTask IAsyncDisposable.DisposeAsync() => ValueTask.CompletedTask;
}
