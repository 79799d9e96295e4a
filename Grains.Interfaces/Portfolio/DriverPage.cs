namespace Telematics.Portfolio;

/// <summary>
/// A page of drivers. <see cref="Total"/> counts the matching drivers up to <see cref="CountLimit"/>; past it,
/// <see cref="TotalIsLowerBound"/> is set (an exact count of a million rows would cost every page a scan of them all; counting 10,000 search matches
/// cost 110 ms, bench/results/admin-queries.md).
/// <see cref="Next"/> is the cursor of the next page, null on the last.
/// </summary>
public sealed record DriverPage(IReadOnlyList<DriverSummary> Items, int Page, int PageSize, long Total, bool TotalIsLowerBound, string? Next)
{
    public const int CountLimit = 1_000;

    /// <summary>The page of <paramref name="query"/> from <paramref name="rows"/>, fetched one longer than a page to know whether another follows.</summary>
    public static DriverPage Of(DriverQuery query, IReadOnlyList<DriverSummary> rows, long matching)
    {
        var items = rows.Take(query.PageSize).ToList();
        var next = rows.Count > query.PageSize ? DriverCursor.After(items[^1], query.SortBy, query.Descending).Encode() : null;
        return new DriverPage(items, query.Page, query.PageSize, Math.Min(matching, CountLimit), matching > CountLimit, next);
    }
}
