using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Telematics.Live;
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
        using var nodes = await TwoNodes.ConnectAsync();
        var (nodeA, nodeB) = (nodes.A, nodes.B);
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

    [Fact]
    public async Task A_trips_progress_published_on_one_node_reaches_its_drivers_subscribers_on_another_with_its_harsh_moments()
    {
        using var nodes = await TwoNodes.ConnectAsync();
        var (nodeA, nodeB) = (nodes.A, nodes.B);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var trips = nodeB.SubscribeToTripsAsync("DRV-LIVE-2", timeout.Token).GetAsyncEnumerator(timeout.Token);
        var at = new DateTimeOffset(2026, 1, 5, 7, 30, 0, TimeSpan.Zero);

        nodeA.Publish(new TripProgress("T-1", "DRV-LIVE-1", at, 45.5, -73.6, 20, []));
        nodeA.Publish(new TripProgress("T-2", "DRV-LIVE-2", at, 45.6, -73.5, 25, [new HarshMoment(at, 45.6, -73.5, true, 9.5)], Ended: true));

        Assert.True(await trips.MoveNextAsync());
        Assert.Equal(("T-2", 45.6, 25.0, true), (trips.Current.TripId, trips.Current.Latitude, trips.Current.SpeedMps, trips.Current.Ended));
        Assert.Equal(new HarshMoment(at, 45.6, -73.5, true, 9.5), Assert.Single(trips.Current.HarshMoments));
        await trips.DisposeAsync();
    }

    /// <summary>Two nodes' feeds, each on its own connection, of a cluster of their own: other tests' fleets publish on the same Redis.</summary>
    private sealed class TwoNodes(ConnectionMultiplexer redisA, ConnectionMultiplexer redisB, string clusterId) : IDisposable
    {
        public RedisLiveFeed A { get; } = new(redisA, clusterId, NullLogger<RedisLiveFeed>.Instance);

        public RedisLiveFeed B { get; } = new(redisB, clusterId, NullLogger<RedisLiveFeed>.Instance);

        public static async Task<TwoNodes> ConnectAsync() =>
            new(await ConnectionMultiplexer.ConnectAsync(Redis), await ConnectionMultiplexer.ConnectAsync(Redis), Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            A.Dispose();
            B.Dispose();
            redisA.Dispose();
            redisB.Dispose();
        }
    }
}
