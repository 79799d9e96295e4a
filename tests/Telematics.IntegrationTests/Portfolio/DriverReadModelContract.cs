using Telematics.Portfolio;

namespace Telematics.IntegrationTests.Portfolio;

/// <summary>What every read model promises, whichever store holds it.</summary>
public abstract class DriverReadModelContract
{
    private static readonly DateTimeOffset Then = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract Task<IDriverReadModel> ReadModelAsync();

    [Fact]
    public async Task A_page_of_updates_is_stored_at_once_and_an_older_update_never_overwrites_a_newer_one()
    {
        var model = await ReadModelAsync();
        var prefix = $"DRV-RM-{Guid.NewGuid():N}"[..16];
        await model.UpsertAsync([Summary($"{prefix}-1", 40, Then), Summary($"{prefix}-2", 50, Then), Summary($"{prefix}-3", 60, Then)]);

        await model.UpsertAsync([Summary($"{prefix}-1", 45, Then.AddMinutes(1)), Summary($"{prefix}-2", 10, Then.AddMinutes(-1))]);

        var page = await model.QueryAsync(new DriverQuery(Search: prefix));
        Assert.Equal([45.0, 50.0, 60.0], page.Items.Select(d => d.Score));
        Assert.Equal(Summary($"{prefix}-1", 45, Then.AddMinutes(1)), page.Items[0]);
    }

    [Fact]
    public async Task Concurrent_updates_of_the_same_drivers_all_complete_and_the_latest_of_each_is_kept()
    {
        var model = await ReadModelAsync();
        var prefix = $"DRV-RM-{Guid.NewGuid():N}"[..16];
        var updates = Enumerable.Range(0, 200).Select(n => Summary($"{prefix}-{n % 2}", n, Then.AddSeconds(n))).OrderBy(_ => Random.Shared.Next());

        await Task.WhenAll(updates.Select(u => model.UpsertAsync([u])));

        var page = await model.QueryAsync(new DriverQuery(Search: prefix));
        Assert.Equal([198.0, 199.0], page.Items.Select(d => d.Score));
    }

    [Fact]
    public async Task An_empty_page_changes_nothing()
    {
        var model = await ReadModelAsync();
        var before = await model.CountAsync();

        await model.UpsertAsync([]);

        Assert.Equal(before, await model.CountAsync());
    }

    private static DriverSummary Summary(string id, double score, DateTimeOffset at) =>
        new(id, $"Driver {id}", 3, 120.5, score, "Moderate", 0.081, "v1", 912.40m, 850.25m, 6.8, at);
}
