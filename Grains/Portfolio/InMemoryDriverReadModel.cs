namespace Telematics.Portfolio;

/// <summary>Embedded mode's read model: the rows in memory, with a sorted index of ids for stable paging.</summary>
public sealed class InMemoryDriverReadModel : IDriverReadModel
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DriverSummary> _drivers = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, long> _tripsByDay = [];

    public Task UpsertAsync(IReadOnlyCollection<DriverSummary> drivers, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var driver in drivers)
            {
                var existing = _drivers.GetValueOrDefault(driver.DriverId);
                if (existing is null || existing.UpdatedAt <= driver.UpdatedAt)
                {
                    CountTrips(driver, driver.TripCount - (existing?.TripCount ?? 0));
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
            return Task.FromResult(PortfolioStatistics.Of([.. PortfolioCell.Of(_drivers.Values)]));
        }
    }

    public Task<IReadOnlyList<DailyTrips>> GetTripsPerDayAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(DailyTrips.Series(from, to, _tripsByDay));
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

    /// <summary>As PostgreSQL's trigger counts them (migration 0190): a rise of the count, on the day of the update that carried it.</summary>
    private void CountTrips(DriverSummary driver, int raised)
    {
        if (raised > 0)
        {
            var day = DailyTrips.DayOf(driver.UpdatedAt);
            _tripsByDay[day] = _tripsByDay.GetValueOrDefault(day) + raised;
        }
    }
}
