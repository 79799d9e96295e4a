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

    /// <remarks>
    /// Subscribed on the call, not on the first read: a caller that announces its stream (flushes the response's
    /// headers) before it reads must not miss what is published in between. The subscription ends when the reading
    /// ends or the token is cancelled, whichever comes first, so a caller that never reads leaks nothing.
    /// </remarks>
    public IAsyncEnumerable<DriverSummary> SubscribeAsync(string? driverId, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<DriverSummary>(new BoundedChannelOptions(BufferPerSubscriber) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock)
        {
            _subscribers.Add(channel);
        }

        var unsubscribe = cancellationToken.Register(() => Remove(channel));
        return ReadAsync(channel, driverId, unsubscribe, cancellationToken);
    }

    private async IAsyncEnumerable<DriverSummary> ReadAsync(
        Channel<DriverSummary> channel, string? driverId, CancellationTokenRegistration unsubscribe, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
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
            await unsubscribe.DisposeAsync();
            Remove(channel);
        }
    }

    private void Remove(Channel<DriverSummary> channel)
    {
        lock (_lock)
        {
            _subscribers.Remove(channel);
        }
    }
}
