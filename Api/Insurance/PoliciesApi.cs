using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Telematics.Accounts;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Insurance;

namespace Telematics.Api.Insurance;

/// <summary>
/// Insurance policies: an admin issues, renews and cancels them; admins and underwriters list them; a driver reads their
/// own. Each change is audited with the policy before and after it.
/// </summary>
public static class PoliciesApi
{
    public static IEndpointRouteBuilder MapPoliciesApi(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/v1/admin/policies").WithTags("Policies").WithValidRouteIds();
        admin.MapPost("", CreateAsync).RequireAuthorization(Policies.Admin).Audited("policy")
            .WithName("CreatePolicy").WithSummary("Issue a policy to a registered driver at their current premiums");
        admin.MapGet("", ListAsync).RequireAuthorization(Policies.ReadAll)
            .WithName("ListPolicies").WithSummary("Policies by driver, status and term start, sorted, keyset-paged");
        admin.MapPost("/{number}/renew", RenewAsync).RequireAuthorization(Policies.Admin).Audited("policy")
            .WithName("RenewPolicy").WithSummary("Issue the next term of an active policy and mark it renewed");
        admin.MapPost("/{number}/cancel", CancelAsync).RequireAuthorization(Policies.Admin).Audited("policy")
            .WithName("CancelPolicy").WithSummary("Cancel an active policy from now");

        routes.MapGroup("/api/v1/policies").WithTags("Policies").WithValidRouteIds()
            .MapGet("/{number}", GetAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Underwriter, Roles.Driver))
            .WithName("GetPolicy").WithSummary("A policy with its latest premium changes; a driver reads only their own");
        return routes;
    }

    private static async Task<Results<Created<PolicyResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreatePolicyRequest request, PolicyDesk desk, HttpContext http) => Created(Recorded(await desk.CreateAsync(request), http));

    private static async Task<Results<Ok<PolicyPageResponse>, ValidationProblem>> ListAsync(
        IPolicyStore policies, TimeProvider time, CancellationToken cancellationToken,
        string? driverId, string? status, DateTimeOffset? termStartFrom, DateTimeOffset? termStartBefore, string? sortBy, bool? descending, int? pageSize, string? after)
    {
        var now = time.GetUtcNow();
        var query = new PolicyQuery(
            now, driverId, Enum.TryParse<PolicyStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null,
            termStartFrom, termStartBefore, sortBy ?? "number", descending ?? false, pageSize ?? 50, after is null ? null : PolicyCursor.Decode(after));
        var errors = PolicyValidator.Validate(query, status, after, query.PageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await policies.QueryAsync(query, cancellationToken);
        return TypedResults.Ok(new PolicyPageResponse([.. page.Items.Select(p => PolicyResponse.Of(p, now))], page.Next));
    }

    /// <summary>
    /// A driver asking for a policy not theirs gets 403 whether or not it exists, as the driver routes answer for another
    /// driver's id: the answer tells them nothing of other drivers' policies.
    /// </summary>
    private static async Task<Results<Ok<PolicyResponse>, NotFound, ForbidHttpResult, ValidationProblem>> GetAsync(
        string number, IPolicyStore policies, TimeProvider time, ClaimsPrincipal user, CancellationToken cancellationToken, int? historyLimit)
    {
        if (historyLimit is < 1 or > PolicyValidator.MaxHistory)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["historyLimit"] = [$"must be between 1 and {PolicyValidator.MaxHistory}."] });
        }

        var policy = await policies.GetAsync(number, cancellationToken);
        if (user.IsInRole(Roles.Driver) && (policy is null || policy.DriverId != user.FindFirstValue(TokenService.DriverIdClaim)))
        {
            return TypedResults.Forbid();
        }

        if (policy is null)
        {
            return TypedResults.NotFound();
        }

        var history = await policies.PremiumHistoryAsync(number, historyLimit ?? 20, cancellationToken);
        return TypedResults.Ok(PolicyResponse.Of(policy, time.GetUtcNow(), history));
    }

    private static async Task<Results<Created<PolicyResponse>, ValidationProblem, ProblemHttpResult>> RenewAsync(
        string number, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] RenewPolicyRequest? request,
        PolicyDesk desk, HttpContext http) => Created(Recorded(await desk.RenewAsync(number, request?.Number), http));

    private static async Task<Results<Ok<PolicyResponse>, ProblemHttpResult>> CancelAsync(string number, PolicyDesk desk, HttpContext http)
    {
        var outcome = Recorded(await desk.CancelAsync(number), http);
        return outcome.After is { } after ? TypedResults.Ok(after) : Problem(outcome);
    }

    private static Results<Created<PolicyResponse>, ValidationProblem, ProblemHttpResult> Created(PolicyOutcome outcome) => outcome switch
    {
        { Errors: { } errors } => TypedResults.ValidationProblem(errors),
        { After: { } after } => TypedResults.Created($"/api/v1/policies/{after.Number}", after),
        _ => Problem(outcome),
    };

    private static ProblemHttpResult Problem(PolicyOutcome outcome) => TypedResults.Problem(outcome.Detail, statusCode: outcome.Status, title: outcome.Title);

    /// <summary>Gives the request's audit entry the policy changed and its state before and after.</summary>
    private static PolicyOutcome Recorded(PolicyOutcome outcome, HttpContext http)
    {
        var details = http.AuditDetails();
        details.ResourceId = outcome.ResourceId ?? details.ResourceId;
        details.Before = outcome.Before is null ? details.Before : AuditSummary.Serialize(outcome.Before);
        details.After = outcome.After is null ? details.After : AuditSummary.Serialize(outcome.After);
        return outcome;
    }
}
