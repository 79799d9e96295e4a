namespace Telematics.Portfolio;

/// <summary>
/// A page of the drivers read model. <see cref="SortBy"/> is one of <see cref="SortableFields"/>, ties broken by driver
/// id in the same direction. <see cref="After"/> starts the page after a cursor (keyset); <see cref="Page"/> skips
/// whole pages from there (bounded by the API: deep offsets cost a scan of every row skipped). <see cref="Search"/> is
/// case-insensitive: a term of <see cref="SubstringSearchMinLength"/> characters or more is found anywhere in the id or
/// the name, a shorter one at the start of either.
/// </summary>
public sealed record DriverQuery(
    string? Category = null,
    double? MinScore = null,
    double? MaxScore = null,
    string? Search = null,
    string SortBy = "driverId",
    bool Descending = false,
    int Page = 1,
    int PageSize = 50,
    DriverCursor? After = null)
{
    /// <summary>
    /// A trigram's length: PostgreSQL's trigram index finds a longer term anywhere, while a shorter one, which it cannot
    /// serve, would read every driver (1.8 s at a million); the start of an id or a name is what a b-tree finds at once.
    /// </summary>
    public const int SubstringSearchMinLength = 3;

    public DriverFilter Filter => new(Category, MinScore, MaxScore);

    /// <summary>Whether <paramref name="value"/> (an id or a name) matches <see cref="Search"/>, as every read model decides it.</summary>
    public static bool Matches(string value, string search) =>
        search.Length < SubstringSearchMinLength
            ? value.StartsWith(search, StringComparison.OrdinalIgnoreCase)
            : value.Contains(search, StringComparison.OrdinalIgnoreCase);

    public static readonly IReadOnlyList<string> SortableFields = ["driverId", "name", "score", "tripCount", "totalMiles", "telematicsPremium", "discountPct", "updatedAt"];
}
