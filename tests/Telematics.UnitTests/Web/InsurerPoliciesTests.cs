using System.Security.Claims;
using Microsoft.Extensions.Time.Testing;
using Telematics.Api.Insurance;
using Telematics.Api.Web.Services;
using Telematics.Insurance;

namespace Telematics.UnitTests.Web;

/// <summary>
/// The policies page's service on the in-memory store: its pages and filters, and the changes that need no driver's
/// premium (cancel, a refused renewal), recorded as the API records them.
/// </summary>
public sealed class InsurerPoliciesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
    private readonly InMemoryPolicyStore _store = new();
    private readonly RecordedAudit _audit;
    private readonly InsurerPolicies _policies;

    public InsurerPoliciesTests()
    {
        var time = new FakeTimeProvider(Now);
        _audit = new RecordedAudit(time);
        // No grain factory: cancelling and refusing read only the store; issuing and renewing are the browser test's.
        var desk = new PolicyDesk(_store, new PolicyService(_store, null!, time), null!, time);
        _policies = new InsurerPolicies(_store, desk, _audit.Page, time);
    }

    private static ClaimsPrincipal User(string role) => new(new ClaimsIdentity([new Claim("sub", role), new Claim(ClaimTypes.Role, role)], "test"));

    private async Task IssueAsync(string number, string driverId) => Assert.Equal(PolicyWriteResult.Done, await _store.CreateAsync(
        new Policy(number, driverId, [], Now.AddDays(-10), Now.AddDays(355), PolicyStatus.Active, 500, 450, Now.AddDays(-10)),
        new PremiumChange(Now.AddDays(-10), 450, 500, -10, "v1", "policy issued")));

    [Fact]
    public async Task Policies_come_a_page_at_a_time_by_number_and_the_next_page_starts_after_the_last()
    {
        for (var i = 1; i <= InsurerPolicies.PageSize + 5; i++)
        {
            await IssueAsync($"POL-{i:D3}", $"DRV-{i:D3}");
        }

        var (first, errors) = await _policies.ListAsync(null, null, null);
        Assert.Empty(errors);
        Assert.Equal(InsurerPolicies.PageSize, first!.Items.Count);
        Assert.Equal("POL-001", first.Items[0].Number);
        var (second, _) = await _policies.ListAsync(null, null, first.Next);
        Assert.Equal(["POL-026", "POL-027", "POL-028", "POL-029", "POL-030"], second!.Items.Select(p => p.Number));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task The_driver_and_status_filters_are_the_apis_and_a_driver_filter_that_is_no_id_is_refused()
    {
        await IssueAsync("POL-A", "DRV-A");
        await IssueAsync("POL-B", "DRV-B");
        await _store.CancelAsync("POL-B", Now);

        Assert.Equal(["POL-A"], (await _policies.ListAsync("DRV-A", null, null)).Page!.Items.Select(p => p.Number));
        Assert.Equal(["POL-B"], (await _policies.ListAsync(null, PolicyStatus.Cancelled, null)).Page!.Items.Select(p => p.Number));
        Assert.Empty((await _policies.ListAsync("DRV-A", PolicyStatus.Cancelled, null)).Page!.Items);
        var (page, errors) = await _policies.ListAsync("not an id!", null, null);
        Assert.Null(page);
        Assert.Contains("driverId", errors.Keys);
    }

    [Fact]
    public async Task An_admin_cancels_an_active_policy_once_and_each_try_is_recorded_as_the_api_records_it()
    {
        await IssueAsync("POL-C", "DRV-C");

        var cancelled = await _policies.CancelAsync(User("admin"), "POL-C");

        Assert.Equal((200, PolicyStatus.Cancelled), (cancelled.Status, cancelled.After!.Status));
        var record = await _audit.LastAsync();
        Assert.Equal(("admin", "CancelPolicy", "policy", "POL-C", 200), (record.Actor, record.Action, record.ResourceType, record.ResourceId, record.Outcome));
        Assert.Contains("\"status\":\"Active\"", record.Before);
        Assert.Contains("\"status\":\"Cancelled\"", record.After);

        var again = await _policies.CancelAsync(User("admin"), "POL-C");
        Assert.Equal((409, "Policy not active"), (again.Status, again.Title));
        Assert.Equal(409, (await _audit.LastAsync()).Outcome);
    }

    [Fact]
    public async Task Renewing_a_policy_that_does_not_exist_is_the_apis_404()
    {
        var outcome = await _policies.RenewAsync(User("admin"), "POL-NONE");

        Assert.Equal((404, "There is no policy 'POL-NONE'."), (outcome.Status, outcome.Detail));
        var record = await _audit.LastAsync();
        Assert.Equal(("RenewPolicy", "POL-NONE", 404), (record.Action, record.ResourceId, record.Outcome));
    }

    [Fact]
    public async Task An_underwriters_change_is_refused_recorded_as_a_403_and_changes_nothing()
    {
        await IssueAsync("POL-U", "DRV-U");

        var outcome = await _policies.CancelAsync(User("underwriter"), "POL-U");

        Assert.Equal(403, outcome.Status);
        Assert.Equal(PolicyStatus.Active, (await _store.GetAsync("POL-U"))!.Status);
        var record = await _audit.LastAsync();
        Assert.Equal(("underwriter", "CancelPolicy", "POL-U", 403), (record.Actor, record.Action, record.ResourceId, record.Outcome));
        Assert.Null(record.Before);
    }
}
