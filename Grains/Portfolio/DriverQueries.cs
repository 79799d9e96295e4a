namespace Telematics.Portfolio;

/// <summary>The filter and sort of a <see cref="DriverQuery"/> over rows in memory.</summary>
public static class DriverQueries
{
    public static List<DriverSummary> Apply(IEnumerable<DriverSummary> rows, DriverQuery query)
    {
        var filtered = rows
            .Where(query.Filter.Matches)
            .Where(r => query.Search is null
                || r.DriverId.Contains(query.Search, StringComparison.OrdinalIgnoreCase)
                || r.Name.Contains(query.Search, StringComparison.OrdinalIgnoreCase));
        Func<DriverSummary, object> key = query.SortBy switch
        {
            "name" => r => r.Name,
            "score" => r => r.Score,
            "tripCount" => r => r.TripCount,
            "totalMiles" => r => r.TotalMiles,
            "telematicsPremium" => r => r.TelematicsPremium,
            "discountPct" => r => r.DiscountPct,
            "updatedAt" => r => r.UpdatedAt,
            _ => r => r.DriverId,
        };
        var sorted = query.Descending ? filtered.OrderByDescending(key).ThenBy(r => r.DriverId, StringComparer.Ordinal) : filtered.OrderBy(key).ThenBy(r => r.DriverId, StringComparer.Ordinal);
        return sorted.ToList();
    }
}
