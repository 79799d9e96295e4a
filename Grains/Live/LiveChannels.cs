using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Telematics.Live;

/// <summary>Fans one kind of live message out to this process's subscribers, each through a small bounded channel.</summary>
/// <param name="driverOf">The driver a message is about, which a subscription to one driver filters on.</param>
public sealed class LiveChannels<T>(Func<T, string> driverOf)
{
    private const int BufferPerSubscriber = 256;
    private readonly Lock _lock = new();
    private readonly List<Channel<T>> _subscribers = [];

    public void Publish(T message)
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(message);
            }
        }
    }

    /// <remarks>
    /// Subscribed on the call, not on the first read: a caller that announces its stream (flushes the response's
    /// headers) before it reads must not miss what is published in between. The subscription ends when the reading
    /// ends or the token is cancelled, whichever comes first, so a caller that never reads leaks nothing.
    /// </remarks>
    public IAsyncEnumerable<T> SubscribeAsync(string? driverId, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(BufferPerSubscriber) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock)
        {
            _subscribers.Add(channel);
        }

        var unsubscribe = cancellationToken.Register(() => Remove(channel));
        return ReadAsync(channel, driverId, unsubscribe, cancellationToken);
    }

    private async IAsyncEnumerable<T> ReadAsync(
        Channel<T> channel, string? driverId, CancellationTokenRegistration unsubscribe, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancellationToken))
            {
                if (driverId is null || driverOf(message) == driverId)
                {
                    yield return message;
                }
            }
        }
        finally
        {
            await unsubscribe.DisposeAsync();
            Remove(channel);
        }
    }

    private void Remove(Channel<T> channel)
    {
        lock (_lock)
        {
            _subscribers.Remove(channel);
        }
    }
}
