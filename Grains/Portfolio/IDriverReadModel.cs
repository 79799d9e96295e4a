namespace Telematics.Portfolio;

/// <summary>
/// The drivers read model, kept current from <see cref="Drivers.DriverUpdated"/>: answers what grains cannot
/// (lists over all drivers, portfolio statistics, paging driver ids for rescoring).
/// </summary>
public interface IDriverReadModel
{
    Task UpsertAsync(DriverSummary driver, CancellationToken cancellationToken = default);

    Task<DriverPage> QueryAsync(DriverQuery query, CancellationToken cancellationToken = default);

    Task<PortfolioStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Driver ids in order after <paramref name="afterDriverId"/> (null: from the start); a stable cursor for paging.</summary>
    Task<IReadOnlyList<string>> ListDriverIdsAsync(string? afterDriverId, int count, CancellationToken cancellationToken = default);
}
