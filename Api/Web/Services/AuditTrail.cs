using Telematics.Audit;
using Telematics.Portfolio;

namespace Telematics.Api.Web.Services;

/// <summary>The Audit log page's reads: the trail the API's <c>/api/v1/admin/audit</c> reads, and the walk of its hash chain.</summary>
public sealed class AuditTrail(IAuditLog audit)
{
    public const int PageSize = 25;

    /// <summary>How much of a before or after summary a row shows; the whole one is its tooltip.</summary>
    public const int SummaryShown = 160;

    /// <summary>The filters as the page takes them: text boxes (blank is no filter) and days in UTC, both ends included.</summary>
    public sealed record Filters(string? Actor, string? Action, string? ResourceType, string? ResourceId, DateTime? From, DateTime? To);

    public Task<AuditPage> PageAsync(AuditQuery query, CancellationToken cancellationToken = default) => audit.QueryAsync(query, cancellationToken);

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        AuditChainVerifier.VerifyAsync(audit.ReadChainAsync(cancellationToken), cancellationToken);

    /// <summary>The query of the filters' page that starts below sequence <paramref name="before"/>, or why there is none (the API's rule for the range).</summary>
    public static (AuditQuery? Query, string? Problem) Query(Filters filters, long? before)
    {
        var from = filters.From is { } first ? new DateTimeOffset(DateTime.SpecifyKind(first.Date, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        var to = filters.To is { } last ? new DateTimeOffset(DateTime.SpecifyKind(last.Date, DateTimeKind.Utc)).AddDays(1) : (DateTimeOffset?)null;
        if (from >= to)
        {
            return (null, "The first day is after the last: swap them or clear one.");
        }

        return (new AuditQuery(Given(filters.Actor), Given(filters.Action), Given(filters.ResourceType), Given(filters.ResourceId), from, to, before, PageSize), null);
    }

    /// <summary>A row's change: before → after, or the one of them there is, cut to <see cref="SummaryShown"/>.</summary>
    public static string Change(string? before, string? after)
    {
        var change = (before, after) switch
        {
            (null, null) => "",
            (null, _) => after,
            (_, null) => $"{before} → (none)",
            _ => $"{before} → {after}",
        };
        return change.Length <= SummaryShown ? change : $"{change[..SummaryShown]}…";
    }

    public static string Verdict(AuditVerification verification) => verification.Intact
        ? $"The chain is intact: {verification.Entries:N0} entries, the last one's hash {verification.HeadHash}."
        : $"The chain is broken at entry {verification.FirstMismatch}: {verification.Problem} ({verification.Entries:N0} entries read).";

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
