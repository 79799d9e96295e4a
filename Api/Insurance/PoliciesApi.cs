using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Telematics.Accounts;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Insurance;
using Telematics.Vehicles;

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
        CreatePolicyRequest request, PolicyService service, IGrainFactory grains, TimeProvider time, HttpContext http)
    {
        var now = time.GetUtcNow();
        var termStart = (request.TermStart ?? now).ToUniversalTime();
        var termEnd = (request.TermEnd ?? termStart.AddYears(1)).ToUniversalTime();
        var errors = PolicyValidator.Validate(request, termStart, termEnd);
        var vehicleIds = request.VehicleIds ?? [];
        if (errors.Count == 0)
        {
            foreach (var (vehicleId, i) in vehicleIds.Select((v, i) => (v, i)))
            {
                if (await grains.GetGrainByKey<IVehicleGrain>(vehicleId).GetDriverIdAsync() != request.DriverId)
                {
                    errors[$"vehicleIds[{i}]"] = [$"is not a vehicle registered to driver '{request.DriverId}'."];
                }
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        http.AuditDetails().ResourceId = request.Number;
        var (result, policy) = await service.IssueAsync(request.Number!, request.DriverId!, [.. vehicleIds.Distinct()], termStart, termEnd);
        if (policy is null)
        {
            return result == PolicyWriteResult.NotFound
                ? TypedResults.Problem($"Driver '{request.DriverId}' is not registered.", statusCode: StatusCodes.Status404NotFound, title: "Unknown driver")
                : Refused(result, request.Number!);
        }

        var response = PolicyResponse.Of(policy, now);
        http.AuditDetails().After = AuditSummary.Serialize(response);
        return TypedResults.Created($"/api/v1/policies/{policy.Number}", response);
    }

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
        IPolicyStore policies, PolicyService service, TimeProvider time, HttpContext http)
    {
        var nextNumber = request?.Number ?? PolicyNumbers.NextTerm(number);
        var errors = new Dictionary<string, string[]>();
        PolicyValidator.Id(errors, "number", nextNumber);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var details = http.AuditDetails();
        details.ResourceId = number;
        if (await policies.GetAsync(number) is not { } current)
        {
            return Refused(PolicyWriteResult.NotFound, number);
        }

        var now = time.GetUtcNow();
        details.Before = AuditSummary.Serialize(PolicyResponse.Of(current, now));
        var (result, renewal) = await service.RenewAsync(current, nextNumber);
        if (renewal is null)
        {
            return Refused(result, result == PolicyWriteResult.NumberTaken ? nextNumber : number);
        }

        var response = PolicyResponse.Of(renewal, now);
        details.After = AuditSummary.Serialize(response);
        return TypedResults.Created($"/api/v1/policies/{renewal.Number}", response);
    }

    private static async Task<Results<Ok<PolicyResponse>, ProblemHttpResult>> CancelAsync(string number, IPolicyStore policies, TimeProvider time, HttpContext http)
    {
        var details = http.AuditDetails();
        details.ResourceId = number;
        var now = time.GetUtcNow();
        var before = await policies.GetAsync(number);
        var result = before is null ? PolicyWriteResult.NotFound : await policies.CancelAsync(number, now);
        if (result != PolicyWriteResult.Done || await policies.GetAsync(number) is not { } after)
        {
            return Refused(result, number);
        }

        details.Before = AuditSummary.Serialize(PolicyResponse.Of(before!, now));
        var response = PolicyResponse.Of(after, now);
        details.After = AuditSummary.Serialize(response);
        return TypedResults.Ok(response);
    }

    private static ProblemHttpResult Refused(PolicyWriteResult result, string number) => result switch
    {
        PolicyWriteResult.NotFound => TypedResults.Problem($"There is no policy '{number}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        PolicyWriteResult.NumberTaken => TypedResults.Problem($"The policy number '{number}' is taken.", statusCode: StatusCodes.Status409Conflict, title: "Policy number taken"),
        PolicyWriteResult.DriverHasActivePolicy => TypedResults.Problem(
            "The driver has an active policy already; renew or cancel it first.", statusCode: StatusCodes.Status409Conflict, title: "Driver has an active policy"),
        _ => TypedResults.Problem($"The policy '{number}' is not active (renewed or cancelled already).", statusCode: StatusCodes.Status409Conflict, title: "Policy not active"),
    };
}
