using System.Text.Json;
using Telematics.Simulator.Api;

namespace Telematics.Simulator.Fleet;

/// <summary>Writes each batch as one line holding exactly the body <c>POST /api/v1/telemetry/events</c> takes, so a file replays with curl.</summary>
public sealed class JsonLinesBatchSink(Stream output) : IBatchSink
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task WriteAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        // Serialised outside the lock: drivers generate in parallel and only the write is shared.
        var line = JsonSerializer.SerializeToUtf8Bytes(batch, WireJson.Options);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await output.WriteAsync(line, cancellationToken);
            await output.WriteAsync(NewLine, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
