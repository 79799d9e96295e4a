using Telematics.Portfolio;

namespace Telematics.Insurance;

/// <summary>
/// Where a page of policies ended: the last policy's sort key and number, under the sort that made the page. The next
/// page starts strictly after it, as the drivers list's <see cref="DriverCursor"/> does.
/// </summary>
public sealed record PolicyCursor(string SortBy, bool Descending, object Key, string Number)
{
    public static PolicyCursor After(Policy policy, string sortBy, bool descending) => new(sortBy, descending, PolicySortKey.Of(policy, sortBy), policy.Number);

    /// <summary>Whether <paramref name="policy"/> comes after this cursor in its sort.</summary>
    public bool Precedes(Policy policy) => PolicySortKey.Compare(PolicySortKey.Of(policy, SortBy), policy.Number, Key, Number, Descending) > 0;

    public string Encode() => CursorText.Encode(SortBy, Descending, Number, DriverSortKey.Format(Key));

    /// <summary>The cursor <see cref="Encode"/> wrote; null for any other text.</summary>
    public static PolicyCursor? Decode(string text) =>
        CursorText.Decode(text) is (var sortBy, var descending, var number, var keyText) && PolicyQuery.SortableFields.Contains(sortBy)
        && PolicySortKey.Parse(sortBy, keyText) is { } key
            ? new PolicyCursor(sortBy, descending, key, number)
            : null;
}
