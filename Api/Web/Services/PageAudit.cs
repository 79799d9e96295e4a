using System.Security.Claims;
using Telematics.Api.Audit;
using Telematics.Audit;
using Telematics.Portfolio;

namespace Telematics.Api.Web.Services;

/// <summary>
/// The audit trail for changes made from an interactive page: they travel over the page's live connection, not as
/// HTTP requests, so <see cref="AuditTrailMiddleware"/> never sees them; a page records each change it makes here.
/// </summary>
public sealed class PageAudit(IAuditLog audit, TimeProvider time, ILogger<PageAudit> logger)
{
    /// <summary>Records a change made by <paramref name="user"/>; <paramref name="outcome"/> is the HTTP status the API would have answered.</summary>
    public async Task RecordAsync(
        ClaimsPrincipal user, string action, string resourceType, string resourceId, string? before, string? after, int outcome, string? clientAddress = null)
    {
        var record = new AuditRecord(
            time.GetUtcNow(),
            user.FindFirstValue("sub") ?? "anonymous",
            user.FindFirstValue(ClaimTypes.Role) ?? "",
            clientAddress ?? "",
            $"page:{Guid.NewGuid():N}",
            action,
            resourceType,
            resourceId,
            before is null ? null : AuditSummary.Cut(before),
            after is null ? null : AuditSummary.Cut(after),
            outcome);
        try
        {
            await audit.AppendAsync(record, CancellationToken.None);
        }
        catch (Exception error)
        {
            // As for requests: the change is made, and losing its record must not undo it silently; the log keeps it.
            logger.LogCritical(error, "Audit entry not stored: {Record}", record);
        }
    }
}
