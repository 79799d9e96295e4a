using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Telematics.Live;
using Telematics.Portfolio;

namespace Telematics.Silo.Redis;

/// <summary>
/// The live feed across nodes: an update is published to a Redis channel, and every node (this one included)
/// hands what arrives on the channel to its local subscribers. Redis pub/sub is fire-and-forget, which fits a live
/// view: a dashboard that misses an update catches up on the next one or from the read model.
/// </summary>
public sealed class RedisLiveFeed : ILiveFeed, IDisposable
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("telematics:live:drivers");

    private readonly IConnectionMultiplexer _redis;
    private readonly LiveFeedBroadcaster _local = new();
    private readonly ILogger<RedisLiveFeed> _logger;
    private readonly ChannelMessageQueue _messages;

    public RedisLiveFeed(IConnectionMultiplexer redis, ILogger<RedisLiveFeed> logger)
    {
        _redis = redis;
        _logger = logger;
        // A message queue, not a handler: StackExchange.Redis runs handlers concurrently, which would reorder updates.
        _messages = _redis.GetSubscriber().Subscribe(Channel);
        _messages.OnMessage(message => Receive(message.Message));
    }

    public void Publish(DriverSummary update) =>
        _redis.GetSubscriber().Publish(Channel, JsonSerializer.Serialize(update), CommandFlags.FireAndForget);

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
            _logger.LogWarning(ex, "Ignored a malformed live update on {Channel}", Channel);
        }
    }
}
