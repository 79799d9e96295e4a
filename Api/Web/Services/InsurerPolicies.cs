using System.Security.Claims;
using Telematics.Accounts;
using Telematics.Api.Audit;
using Telematics.Api.Insurance;
using Telematics.Insurance;

namespace Telematics.Api.Web.Services;

/// <summary>
/// The policies page's reads and changes, through the store and the <see cref="PolicyDesk"/> the policies API uses; each
/// change is recorded as the API's is (<c>CreatePolicy</c>, <c>RenewPolicy</c>, <c>CancelPolicy</c>: the policy before
/// and after, the status the API would answer), a refusal too.
/// </summary>
public sealed class InsurerPolicies(IPolicyStore policies, PolicyDesk desk, PageAudit audit, TimeProvider time)
{
    public const int PageSize = 25;
    public const string ResourceType = "policy";

    /// <summary>A page by number; <paramref name="driverId"/> is checked as the API checks it (the errors, and no page, when it is not an id).</summary>
    public async Task<(PolicyPage? Page, Dictionary<string, string[]> Errors)> ListAsync(string? driverId, PolicyStatus? status, string? after)
    {
        var query = new PolicyQuery(time.GetUtcNow(), driverId, status, PageSize: PageSize, After: after is null ? null : PolicyCursor.Decode(after));
        var errors = PolicyValidator.Validate(query, status?.ToString(), after, PageSize);
        return errors.Count > 0 ? (null, errors) : (await policies.QueryAsync(query), errors);
    }

    public DateTimeOffset Now => time.GetUtcNow();

    public Task<PolicyOutcome> CreateAsync(ClaimsPrincipal user, CreatePolicyRequest request) =>
        RecordAsync(user, "CreatePolicy", request.Number, () => desk.CreateAsync(request));

    public Task<PolicyOutcome> RenewAsync(ClaimsPrincipal user, string number) =>
        RecordAsync(user, "RenewPolicy", number, () => desk.RenewAsync(number, null));

    public Task<PolicyOutcome> CancelAsync(ClaimsPrincipal user, string number) =>
        RecordAsync(user, "CancelPolicy", number, () => desk.CancelAsync(number));

    /// <summary>Only an admin changes policies, as the API's admin policy says; anyone else's try is a recorded 403.</summary>
    private async Task<PolicyOutcome> RecordAsync(ClaimsPrincipal user, string action, string? number, Func<Task<PolicyOutcome>> change)
    {
        var outcome = user.IsInRole(Roles.Admin)
            ? await change()
            : new PolicyOutcome(StatusCodes.Status403Forbidden, number, Title: "Access refused", Detail: "Only an admin changes policies.");
        await audit.RecordAsync(
            user, action, ResourceType, outcome.ResourceId ?? number ?? "", Summary(outcome.Before), Summary(outcome.After), outcome.Status);
        return outcome;
    }

    private static string? Summary(PolicyResponse? policy) => policy is null ? null : AuditSummary.Serialize(policy);
}
