using System.Diagnostics.Metrics;

namespace Telematics.Silo.Observability;

/// <summary>
/// Reads this silo's stream queue caches from Orleans' own instrument: the messages its pulling agents hold that have
/// not yet been delivered to every consumer, by queue (its name starts with its stream provider's). A growing figure is a consumer falling behind.
/// </summary>
public sealed class StreamQueueDepth : IDisposable
{
    private const string CacheLength = "orleans-streams-queue-cache-length";

    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private Dictionary<string, long> _reading = [];

    public StreamQueueDepth()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == CacheLength)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var queue = "";
            foreach (var tag in tags)
            {
                if (tag.Key == "QueueId")
                {
                    queue = tag.Value?.ToString() ?? "";
                }
            }

            _reading[queue] = _reading.GetValueOrDefault(queue) + value;
        });
        _listener.Start();
    }

    /// <summary>Undelivered messages in this silo's queue caches, by queue.</summary>
    public IReadOnlyDictionary<string, long> Read()
    {
        lock (_lock)
        {
            _reading = [];
            _listener.RecordObservableInstruments();
            return _reading;
        }
    }

    public void Dispose() => _listener.Dispose();
}
