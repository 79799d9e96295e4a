using Telematics.Insurance;

namespace Telematics.IntegrationTests.Insurance;

/// <summary>What every policy store promises, whichever holds it.</summary>
public abstract class PolicyStoreContract
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _prefix = $"P{Guid.NewGuid():N}"[..13];

    protected abstract Task<IPolicyStore> StoreAsync();

    private Policy PolicyOf(string number, string driver, decimal telematics = 500m, DateTimeOffset? termStart = null) =>
        new($"{_prefix}-{number}", $"{_prefix}-{driver}", [$"{_prefix}-V{driver}"], termStart ?? Start, (termStart ?? Start).AddYears(1), PolicyStatus.Active,
            600m, telematics, Start.AddDays(-1));

    private static readonly string[] NoVehicles = [];

    /// <summary>Records compare their vehicle lists by reference; a store gives back a list of its own.</summary>
    private static void AssertSame(Policy expected, Policy? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.VehicleIds, actual.VehicleIds);
        Assert.Equal(expected with { VehicleIds = NoVehicles }, actual with { VehicleIds = NoVehicles });
    }

    private static PremiumChange Change(decimal premium, DateTimeOffset at, string reason = "trip T-1") => new(at, premium, 600m, 10.5, "v1", reason);

    [Fact]
    public async Task A_policy_is_stored_once_and_a_driver_has_one_active_policy()
    {
        var store = await StoreAsync();
        var policy = PolicyOf("1", "D1");

        var created = await store.CreateAsync(policy, Change(500m, Start, "policy issued"));
        var again = await store.CreateAsync(policy with { DriverId = $"{_prefix}-D2" }, Change(1m, Start));
        var second = await store.CreateAsync(PolicyOf("2", "D1"), Change(1m, Start));

        Assert.Equal((PolicyWriteResult.Done, PolicyWriteResult.NumberTaken, PolicyWriteResult.DriverHasActivePolicy), (created, again, second));
        AssertSame(policy, await store.GetAsync(policy.Number));
        Assert.Null(await store.GetAsync($"{_prefix}-2"));
        Assert.Equal([Change(500m, Start, "policy issued")], await store.PremiumHistoryAsync(policy.Number, 10));
    }

    [Fact]
    public async Task A_premium_change_goes_to_the_drivers_active_policy_until_its_term_ends()
    {
        var store = await StoreAsync();
        var policy = PolicyOf("1", "D1");
        await store.CreateAsync(policy, Change(500m, Start, "policy issued"));

        var first = await store.RecordPremiumAsync(policy.DriverId, Change(480m, Start.AddDays(1)));
        var second = await store.RecordPremiumAsync(policy.DriverId, Change(470m, Start.AddDays(2), "rescoring job J"));
        var afterTerm = await store.RecordPremiumAsync(policy.DriverId, Change(1m, policy.TermEnd));
        var otherDriver = await store.RecordPremiumAsync($"{_prefix}-D9", Change(1m, Start.AddDays(1)));

        Assert.Equal((true, true, false, false), (first, second, afterTerm, otherDriver));
        Assert.Equal(470m, (await store.GetAsync(policy.Number))!.TelematicsPremium);
        Assert.Equal(
            [Change(470m, Start.AddDays(2), "rescoring job J"), Change(480m, Start.AddDays(1))],
            await store.PremiumHistoryAsync(policy.Number, 2));
        Assert.Equal(3, (await store.PremiumHistoryAsync(policy.Number, 100)).Count);
    }

    [Fact]
    public async Task A_renewal_marks_the_policy_renewed_and_takes_its_premium_changes()
    {
        var store = await StoreAsync();
        var policy = PolicyOf("1", "D1");
        await store.CreateAsync(policy, Change(500m, Start));
        var next = PolicyOf("1-R1", "D1", termStart: policy.TermEnd) with { RenewalOf = policy.Number };

        var taken = await store.RenewAsync(policy.Number, next with { Number = policy.Number }, Change(1m, Start));
        var renewed = await store.RenewAsync(policy.Number, next, Change(490m, Start.AddDays(300), "renewal"));
        var twice = await store.RenewAsync(policy.Number, next with { Number = $"{_prefix}-1-R2" }, Change(1m, Start));
        var unknown = await store.RenewAsync($"{_prefix}-none", next with { Number = $"{_prefix}-1-R3" }, Change(1m, Start));
        var recorded = await store.RecordPremiumAsync(policy.DriverId, Change(485m, Start.AddDays(301)));

        Assert.Equal(
            (PolicyWriteResult.NumberTaken, PolicyWriteResult.Done, PolicyWriteResult.NotActive, PolicyWriteResult.NotFound, true),
            (taken, renewed, twice, unknown, recorded));
        AssertSame(policy with { Status = PolicyStatus.Renewed, RenewedAs = next.Number }, await store.GetAsync(policy.Number));
        AssertSame(next with { TelematicsPremium = 485m }, await store.GetAsync(next.Number));
        Assert.Equal([485m, 490m], (await store.PremiumHistoryAsync(next.Number, 10)).Select(c => c.TelematicsPremium));
        Assert.Null(await store.GetAsync($"{_prefix}-1-R2"));
    }

    [Fact]
    public async Task A_cancelled_policy_takes_no_more_changes_and_frees_its_driver()
    {
        var store = await StoreAsync();
        var policy = PolicyOf("1", "D1");
        await store.CreateAsync(policy, Change(500m, Start));

        var cancelled = await store.CancelAsync(policy.Number, Start.AddDays(10));
        var twice = await store.CancelAsync(policy.Number, Start.AddDays(11));
        var unknown = await store.CancelAsync($"{_prefix}-none", Start);
        var recorded = await store.RecordPremiumAsync(policy.DriverId, Change(1m, Start.AddDays(12)));
        var newPolicy = await store.CreateAsync(PolicyOf("2", "D1"), Change(500m, Start.AddDays(13)));

        Assert.Equal(
            (PolicyWriteResult.Done, PolicyWriteResult.NotActive, PolicyWriteResult.NotFound, false, PolicyWriteResult.Done),
            (cancelled, twice, unknown, recorded, newPolicy));
        AssertSame(policy with { Status = PolicyStatus.Cancelled, CancelledAt = Start.AddDays(10) }, await store.GetAsync(policy.Number));
    }

    [Fact]
    public async Task Policies_filter_by_driver_status_and_term_and_page_by_keyset_in_any_sort()
    {
        var store = await StoreAsync();
        // Terms of their own, apart from the other tests' policies in the same database.
        var start = Start.AddYears(20);
        var premiums = new[] { 510m, 490m, 510m, 700m, 300m };
        for (var i = 0; i < premiums.Length; i++)
        {
            await store.CreateAsync(PolicyOf($"{i}", $"D{i}", premiums[i], start.AddMonths(i)), Change(premiums[i], start));
        }

        await store.CancelAsync($"{_prefix}-4", start);
        var asOf = start.AddYears(1).AddMonths(1).AddDays(1);
        var mine = new PolicyQuery(asOf, TermStartFrom: start, TermStartBefore: start.AddMonths(5));

        var pages = new List<PolicyPage>();
        for (PolicyCursor? after = null; pages.Count == 0 || pages[^1].Next is not null; after = PolicyCursor.Decode(pages[^1].Next!))
        {
            pages.Add(await store.QueryAsync(mine with { SortBy = "telematicsPremium", Descending = true, PageSize = 2, After = after }));
        }

        var expired = await store.QueryAsync(mine with { Status = PolicyStatus.Expired });
        var active = await store.QueryAsync(mine with { Status = PolicyStatus.Active, SortBy = "termStart" });
        var cancelled = await store.QueryAsync(mine with { Status = PolicyStatus.Cancelled });
        var ofDriver = await store.QueryAsync(mine with { DriverId = $"{_prefix}-D3" });
        var termed = await store.QueryAsync(mine with { TermStartFrom = start.AddMonths(1), TermStartBefore = start.AddMonths(3), Descending = true });

        Assert.Equal(["3", "2", "0", "1", "4"], pages.SelectMany(p => p.Items).Select(p => p.Number[(_prefix.Length + 1)..]));
        Assert.Equal(3, pages.Count);
        Assert.Equal([$"{_prefix}-0", $"{_prefix}-1"], expired.Items.Select(p => p.Number));
        Assert.Equal([$"{_prefix}-2", $"{_prefix}-3"], active.Items.Select(p => p.Number));
        Assert.Equal([$"{_prefix}-4"], cancelled.Items.Select(p => p.Number));
        Assert.Equal([$"{_prefix}-3"], ofDriver.Items.Select(p => p.Number));
        Assert.Equal([$"{_prefix}-2", $"{_prefix}-1"], termed.Items.Select(p => p.Number));
        Assert.Null(termed.Next);
    }
}

public sealed class InMemoryPolicyStoreTests : PolicyStoreContract
{
    protected override Task<IPolicyStore> StoreAsync() => Task.FromResult<IPolicyStore>(new InMemoryPolicyStore());
}
