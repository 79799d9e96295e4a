namespace Telematics.Portfolio;

/// <summary>
/// A page of the drivers read model. <see cref="SortBy"/> is one of <see cref="SortableFields"/>, ties broken by driver
/// id in the same direction. <see cref="After"/> starts the page after a cursor (keyset); <see cref="Page"/> skips
/// whole pages from there (bounded by the API: deep offsets cost a scan of every row skipped).
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
    public DriverFilter Filter => new(Category, MinScore, MaxScore);

    public static readonly IReadOnlyList<string> SortableFields = ["driverId", "name", "score", "tripCount", "totalMiles", "telematicsPremium", "discountPct", "updatedAt"];
}
