using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Telematics.Live;
using Telematics.Portfolio;

namespace Telematics.Silo.Redis;

/// <summary>
/// The live feed across nodes: an update is published to a Redis channel, and every node (this one included)
/// hands what arrives on the channel to its local subscribers. Redis pub/sub is fire-and-forget, which fits a live
/// view: a dashboard that misses an update catches up on the next one or from the read model. The channel is the
/// cluster's own, so clusters that share a Redis (staging and production, or test runs) do not see each other's drivers.
/// </summary>
public sealed class RedisLiveFeed : ILiveFeed, IDisposable
{
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisChannel _channel;
    private readonly LiveFeedBroadcaster _local = new();
    private readonly ILogger<RedisLiveFeed> _logger;
    private readonly ChannelMessageQueue _messages;

    public RedisLiveFeed(IConnectionMultiplexer redis, string clusterId, ILogger<RedisLiveFeed> logger)
    {
        _redis = redis;
        _channel = RedisChannel.Literal($"telematics:live:{clusterId}:drivers");
        _logger = logger;
        // A message queue, not a handler: StackExchange.Redis runs handlers concurrently, which would reorder updates.
        _messages = _redis.GetSubscriber().Subscribe(_channel);
        _messages.OnMessage(message => Receive(message.Message));
    }

    public void Publish(DriverSummary update) =>
        _redis.GetSubscriber().Publish(_channel, JsonSerializer.Serialize(update), CommandFlags.FireAndForget);

    public IAsyncEnumerable<DriverSummary> SubscribeAsync(string? driverId, CancellationToken cancellationToken) =>
        _local.SubscribeAsync(driverId, cancellationToken);

    public void Dispose() => _messages.Unsubscribe();

    private void Receive(RedisValue message)
    {
        try
        {
            _local.Publish(JsonSerializer.Deserialize<DriverSummary>(message.ToString())!);
        }
        catch (JsonException ex)
        {
            _logger.LogWarning(ex, "Ignored a malformed live update on {Channel}", _channel);
        }
    }
}
