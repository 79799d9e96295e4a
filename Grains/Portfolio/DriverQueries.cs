namespace Telematics.Portfolio;

/// <summary>A <see cref="DriverQuery"/> over rows in memory, answered as the PostgreSQL read model answers it.</summary>
public static class DriverQueries
{
    public static DriverPage Apply(IEnumerable<DriverSummary> rows, DriverQuery query)
    {
        var matching = rows
            .Where(query.Filter.Matches)
            .Where(r => query.Search is null || DriverQuery.Matches(r.DriverId, query.Search) || DriverQuery.Matches(r.Name, query.Search))
            .ToList();
        matching.Sort(DriverSortKey.Order(query.SortBy, query.Descending));
        var page = matching
            .Where(r => query.After is null || query.After.Precedes(r))
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize + 1)
            .ToList();
        return DriverPage.Of(query, page, matching.Count);
    }
}
