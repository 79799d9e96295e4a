namespace Telematics.Insurance;

/// <summary>A page of policies; <see cref="Next"/> is the cursor of the next page (<c>after</c>), null on the last.</summary>
public sealed record PolicyPage(IReadOnlyList<Policy> Items, string? Next)
{
    /// <summary>The page of <paramref name="query"/> from <paramref name="rows"/>, read one longer than a page to know whether another follows.</summary>
    public static PolicyPage Of(PolicyQuery query, IReadOnlyList<Policy> rows)
    {
        var items = rows.Take(query.PageSize).ToList();
        return new PolicyPage(items, rows.Count > query.PageSize ? PolicyCursor.After(items[^1], query.SortBy, query.Descending).Encode() : null);
    }
}
