namespace Telematics.Portfolio;

/// <summary>
/// Where a page of drivers ended: the last row's sort key and driver id, under the sort that made the page. The next
/// page starts strictly after it (keyset paging), so a page costs the same at any depth, and a row is neither repeated
/// nor skipped unless it moves across the cursor meanwhile.
/// </summary>
public sealed record DriverCursor(string SortBy, bool Descending, object Key, string DriverId)
{
    public static DriverCursor After(DriverSummary row, string sortBy, bool descending) => new(sortBy, descending, DriverSortKey.Of(row, sortBy), row.DriverId);

    /// <summary>Whether <paramref name="row"/> comes after this cursor in its sort.</summary>
    public bool Precedes(DriverSummary row)
    {
        var byKey = DriverSortKey.Compare(DriverSortKey.Of(row, SortBy), Key);
        var order = byKey != 0 ? byKey : string.CompareOrdinal(row.DriverId, DriverId);
        return Descending ? order < 0 : order > 0;
    }

    /// <summary>The cursor as clients pass it back: opaque, URL-safe text.</summary>
    public string Encode() => CursorText.Encode(SortBy, Descending, DriverId, DriverSortKey.Format(Key));

    /// <summary>The cursor <see cref="Encode"/> wrote; null for any other text.</summary>
    public static DriverCursor? Decode(string text) =>
        CursorText.Decode(text) is (var sortBy, var descending, var driverId, var keyText) && DriverQuery.SortableFields.Contains(sortBy)
        && DriverSortKey.Parse(sortBy, keyText) is { } key
            ? new DriverCursor(sortBy, descending, key, driverId)
            : null;
}
