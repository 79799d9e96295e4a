using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Auth;
using Telematics.Audit;
using Telematics.Portfolio;

namespace Telematics.Api.Audit;

/// <summary>The audit trail: filtered and keyset-paged, newest first, and the walk of its hash chain.</summary>
public static class AuditApi
{
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/admin/audit").WithTags("Admin").RequireAuthorization(Policies.ReadAll);
        group.MapGet("", ListAsync).WithName("ListAudit").WithSummary("Audit entries, newest first, by actor, action, resource and time range");
        group.MapGet("/verify", VerifyAsync).WithName("VerifyAudit").WithSummary("Walk the audit hash chain and name the first entry that does not match");
        return group;
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> ListAsync(
        IAuditLog audit, CancellationToken cancellationToken,
        string? actor, string? action, string? resourceType, string? resourceId, DateTimeOffset? from, DateTimeOffset? to, long? before, int? limit)
    {
        var query = new AuditQuery(actor, action, resourceType, resourceId, from, to, before, limit ?? 50);
        var errors = new Dictionary<string, string[]>();
        if (query.Limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"must be between 1 and {MaxLimit}."];
        }

        if (query.Before is < 1)
        {
            errors["before"] = ["must be a sequence number, 1 or more (the previous page's nextBefore)."];
        }

        if (from >= to)
        {
            errors["to"] = ["must be later than from."];
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await audit.QueryAsync(query, cancellationToken));
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(IAuditLog audit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AuditChainVerifier.VerifyAsync(audit.ReadChainAsync(cancellationToken), cancellationToken));
}
