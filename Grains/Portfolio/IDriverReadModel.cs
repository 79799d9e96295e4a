namespace Telematics.Portfolio;

/// <summary>
/// The drivers read model, kept current from <see cref="Drivers.DriverUpdated"/> and rescoring pages: answers what grains cannot
/// (lists over all drivers, portfolio statistics, paging driver ids for rescoring).
/// </summary>
public interface IDriverReadModel
{
    /// <summary>Stores the drivers, each unless the model already holds a later update of it.</summary>
    Task UpsertAsync(IReadOnlyCollection<DriverSummary> drivers, CancellationToken cancellationToken = default);

    Task<DriverPage> QueryAsync(DriverQuery query, CancellationToken cancellationToken = default);

    /// <summary>From figures kept as drivers change, not a pass over every driver: the dashboard asks on every visit.</summary>
    Task<PortfolioStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Trips per UTC day from <paramref name="from"/> to <paramref name="to"/>, both included, every day listed (<see cref="DailyTrips"/>).</summary>
    Task<IReadOnlyList<DailyTrips>> GetTripsPerDayAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ids of the drivers matching <paramref name="filter"/> (null: all), in order after <paramref name="afterDriverId"/>
    /// (null: from the start). Keyset paging: a driver that stops matching once passed is not missed nor seen twice.
    /// </summary>
    Task<IReadOnlyList<string>> ListDriverIdsAsync(string? afterDriverId, int count, DriverFilter? filter = null, CancellationToken cancellationToken = default);

    Task<long> CountAsync(DriverFilter? filter = null, CancellationToken cancellationToken = default);
}
