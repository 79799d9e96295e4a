using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Telematics.Portfolio;

namespace Telematics.Live;

/// <summary>Fans updates out to this process's subscribers, each through a small bounded channel.</summary>
public sealed class LiveFeedBroadcaster : ILiveFeed
{
    private const int BufferPerSubscriber = 256;
    private readonly Lock _lock = new();
    private readonly List<Channel<DriverSummary>> _subscribers = [];

    public void Publish(DriverSummary update)
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(update);
            }
        }
    }

    public async IAsyncEnumerable<DriverSummary> SubscribeAsync(string? driverId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<DriverSummary>(new BoundedChannelOptions(BufferPerSubscriber) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock)
        {
            _subscribers.Add(channel);
        }

        try
        {
            await foreach (var update in channel.Reader.ReadAllAsync(cancellationToken))
            {
                if (driverId is null || update.DriverId == driverId)
                {
                    yield return update;
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }
        }
    }
}
