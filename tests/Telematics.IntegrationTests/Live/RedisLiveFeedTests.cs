using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Telematics.Portfolio;
using Telematics.Silo.Redis;

namespace Telematics.IntegrationTests.Live;

/// <summary>Two nodes' live feeds on the real Redis that scripts/test.sh starts: an update published on one reaches the other.</summary>
public sealed class RedisLiveFeedTests
{
    private static readonly string Redis = Environment.GetEnvironmentVariable("ConnectionStrings__Redis")
        ?? throw new InvalidOperationException("ConnectionStrings__Redis is not set: run the tests with `bash scripts/test.sh`, which starts Redis.");

    private static DriverSummary Update(string driverId) =>
        new(driverId, "Live", 3, 42.5, 61.2, "High", 0.07, "v1", 500m, 540m, -0.08, DateTimeOffset.UtcNow);

    [Fact]
    public async Task An_update_published_on_one_node_reaches_subscribers_on_another_and_only_for_their_driver()
    {
        using var redisA = await ConnectionMultiplexer.ConnectAsync(Redis);
        using var redisB = await ConnectionMultiplexer.ConnectAsync(Redis);
        // A cluster of its own: other tests' fleets publish on the same Redis.
        var clusterId = Guid.NewGuid().ToString("N");
        using var nodeA = new RedisLiveFeed(redisA, clusterId, NullLogger<RedisLiveFeed>.Instance);
        using var nodeB = new RedisLiveFeed(redisB, clusterId, NullLogger<RedisLiveFeed>.Instance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var all = nodeB.SubscribeAsync(null, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var one = nodeB.SubscribeAsync("DRV-LIVE-2", timeout.Token).GetAsyncEnumerator(timeout.Token);

        nodeA.Publish(Update("DRV-LIVE-1"));
        nodeA.Publish(Update("DRV-LIVE-2"));

        Assert.True(await all.MoveNextAsync());
        Assert.Equal(Update("DRV-LIVE-1") with { UpdatedAt = all.Current.UpdatedAt }, all.Current);
        Assert.True(await one.MoveNextAsync());
        Assert.Equal("DRV-LIVE-2", one.Current.DriverId);
        await all.DisposeAsync();
        await one.DisposeAsync();
    }
}
