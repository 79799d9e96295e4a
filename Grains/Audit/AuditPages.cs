using Telematics.Portfolio;

namespace Telematics.Audit;

/// <summary>Keyset paging: a store reads one entry more than the limit, and that one's presence says whether a next page exists.</summary>
public static class AuditPages
{
    public static AuditPage Of(IReadOnlyList<AuditEntry> newestFirst, int limit)
    {
        var items = newestFirst.Take(limit).ToList();
        return new AuditPage(items, newestFirst.Count > limit ? items[^1].Sequence : null);
    }
}
