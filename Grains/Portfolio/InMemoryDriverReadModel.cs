namespace Telematics.Portfolio;

/// <summary>Embedded mode's read model: the rows in memory, with a sorted index of ids for stable paging.</summary>
public sealed class InMemoryDriverReadModel : IDriverReadModel
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DriverSummary> _drivers = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _ids = new(StringComparer.Ordinal);

    public Task UpsertAsync(IReadOnlyCollection<DriverSummary> drivers, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var driver in drivers)
            {
                if (!_drivers.TryGetValue(driver.DriverId, out var existing) || existing.UpdatedAt <= driver.UpdatedAt)
                {
                    _drivers[driver.DriverId] = driver;
                    _ids.Add(driver.DriverId);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<DriverPage> QueryAsync(DriverQuery query, CancellationToken cancellationToken = default)
    {
        List<DriverSummary> rows;
        lock (_lock)
        {
            rows = [.. _drivers.Values];
        }

        return Task.FromResult(DriverQueries.Apply(rows, query));
    }

    public Task<PortfolioStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var rows = _drivers.Values;
            return Task.FromResult(new PortfolioStatistics(
                rows.Count,
                rows.Sum(r => (long)r.TripCount),
                rows.Sum(r => r.TotalMiles),
                rows.Count > 0 ? rows.Average(r => r.Score) : 0,
                rows.Count > 0 ? rows.Average(r => r.ExpectedClaimFrequency) : 0,
                rows.Sum(r => r.TraditionalPremium),
                rows.Sum(r => r.TelematicsPremium),
                rows.GroupBy(r => r.Category).ToDictionary(g => g.Key, g => (long)g.Count())));
        }
    }

    public Task<long> CountAsync(DriverFilter? filter = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult((long)(filter is null ? _drivers.Count : _drivers.Values.Count(filter.Matches)));
        }
    }

    public Task<IReadOnlyList<string>> ListDriverIdsAsync(string? afterDriverId, int count, DriverFilter? filter = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            // Past the last id there is nothing (and no view: its lower bound would exceed its upper).
            if (_ids.Count == 0 || (afterDriverId is not null && string.CompareOrdinal(afterDriverId, _ids.Max) >= 0))
            {
                return Task.FromResult<IReadOnlyList<string>>([]);
            }

            var view = afterDriverId is null ? _ids : _ids.GetViewBetween(afterDriverId, _ids.Max!);
            return Task.FromResult<IReadOnlyList<string>>(view
                .Where(id => id != afterDriverId && (filter is null || filter.Matches(_drivers[id])))
                .Take(count)
                .ToList());
        }
    }
}
