using Telematics.Live;
using Telematics.Portfolio;

namespace Telematics.UnitTests.Live;

public sealed class LiveFeedBroadcasterTests
{
    private static DriverSummary Update(string driverId) =>
        new(driverId, "Live", 3, 42.5, 61.2, "High", 0.07, "v1", 500m, 540m, -0.08, DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task A_subscriber_sees_what_is_published_between_subscribing_and_its_first_read()
    {
        var feed = new LiveFeedBroadcaster();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var updates = feed.SubscribeAsync("DRV-2", timeout.Token);

        feed.Publish(Update("DRV-1"));
        feed.Publish(Update("DRV-2"));

        await using var reader = updates.GetAsyncEnumerator(timeout.Token);
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal(Update("DRV-2"), reader.Current);
    }

    [Fact]
    public async Task A_subscription_whose_token_is_cancelled_before_any_read_ends_without_an_update()
    {
        var feed = new LiveFeedBroadcaster();
        using var cancelled = new CancellationTokenSource();
        var updates = feed.SubscribeAsync(null, cancelled.Token);
        await cancelled.CancelAsync();

        feed.Publish(Update("DRV-1"));

        await using var reader = updates.GetAsyncEnumerator(CancellationToken.None);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await reader.MoveNextAsync());
    }
}
