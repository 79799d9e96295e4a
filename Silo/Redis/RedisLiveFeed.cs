using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Telematics.Live;
using Telematics.Portfolio;

namespace Telematics.Silo.Redis;

/// <summary>
/// The live feed across nodes: a message is published to a Redis channel, and every node (this one included)
/// hands what arrives on the channel to its local subscribers. Redis pub/sub is fire-and-forget, which fits a live
/// view: a dashboard that misses an update catches up on the next one or from the read model. The channels are the
/// cluster's own, so clusters that share a Redis (staging and production, or test runs) do not see each other's drivers.
/// </summary>
/// <remarks>
/// Every node receives every running trip's progress (at most one message a second per trip), whether or not one of
/// its pages follows that driver: one channel keeps the subscriptions fixed, and a node's cost is one JSON read per message.
/// </remarks>
public sealed class RedisLiveFeed : ILiveFeed, IDisposable
{
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisChannel _drivers;
    private readonly RedisChannel _trips;
    private readonly LiveFeedBroadcaster _local = new();
    private readonly ILogger<RedisLiveFeed> _logger;
    private readonly ChannelMessageQueue[] _messages;

    public RedisLiveFeed(IConnectionMultiplexer redis, string clusterId, ILogger<RedisLiveFeed> logger)
    {
        _redis = redis;
        _drivers = RedisChannel.Literal($"telematics:live:{clusterId}:drivers");
        _trips = RedisChannel.Literal($"telematics:live:{clusterId}:trips");
        _logger = logger;
        // Message queues, not handlers: StackExchange.Redis runs handlers concurrently, which would reorder messages.
        _messages = [Follow<DriverSummary>(_drivers, _local.Publish), Follow<TripProgress>(_trips, _local.Publish)];
    }

    public void Publish(DriverSummary update) => Send(_drivers, update);

    public void Publish(TripProgress progress) => Send(_trips, progress);

    public IAsyncEnumerable<DriverSummary> SubscribeAsync(string? driverId, CancellationToken cancellationToken) =>
        _local.SubscribeAsync(driverId, cancellationToken);

    public IAsyncEnumerable<TripProgress> SubscribeToTripsAsync(string driverId, CancellationToken cancellationToken) =>
        _local.SubscribeToTripsAsync(driverId, cancellationToken);

    public void Dispose()
    {
        foreach (var messages in _messages)
        {
            messages.Unsubscribe();
        }
    }

    /// <summary>Best effort, as the feed is: a message that cannot be sent is logged, and the trip or score that made it goes on.</summary>
    private void Send<T>(RedisChannel channel, T message)
    {
        try
        {
            _redis.GetSubscriber().Publish(channel, JsonSerializer.Serialize(message), CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or ArgumentException or NotSupportedException or ObjectDisposedException)
        {
            _logger.LogWarning(ex, "Dropped a live message on {Channel}", channel);
        }
    }

    private ChannelMessageQueue Follow<T>(RedisChannel channel, Action<T> deliver)
    {
        var messages = _redis.GetSubscriber().Subscribe(channel);
        messages.OnMessage(message =>
        {
            try
            {
                deliver(JsonSerializer.Deserialize<T>(message.Message.ToString())!);
            }
            catch (JsonException ex)
            {
                _logger.LogWarning(ex, "Ignored a malformed live message on {Channel}", channel);
            }
        });
        return messages;
    }
}
