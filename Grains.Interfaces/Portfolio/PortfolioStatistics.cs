namespace Telematics.Portfolio;

/// <summary>
/// The whole portfolio's figures: counts, sums, means (over drivers), the drivers per risk category and per score band
/// (<see cref="ScoreBands"/>; <see cref="DriversByScoreBand"/> has <see cref="ScoreBands.Count"/> entries).
/// </summary>
public sealed record PortfolioStatistics(
    long Drivers,
    long Trips,
    double TotalMiles,
    double MeanScore,
    double MeanExpectedClaimFrequency,
    decimal TotalTraditionalPremium,
    decimal TotalTelematicsPremium,
    IReadOnlyDictionary<string, long> DriversByCategory,
    double MeanDiscountPct,
    IReadOnlyList<long> DriversByScoreBand)
{
    /// <summary>The figures of the drivers the cells sum; cells left empty by drivers moving away count for nothing.</summary>
    public static PortfolioStatistics Of(IReadOnlyCollection<PortfolioCell> cells)
    {
        var drivers = cells.Sum(c => c.Drivers);
        double Mean(Func<PortfolioCell, double> sum) => drivers > 0 ? cells.Sum(sum) / drivers : 0;
        var bands = new long[ScoreBands.Count];
        foreach (var cell in cells)
        {
            bands[cell.ScoreBand] += cell.Drivers;
        }

        return new PortfolioStatistics(
            drivers,
            cells.Sum(c => c.Trips),
            drivers > 0 ? cells.Sum(c => c.TotalMiles) : 0,
            Mean(c => c.ScoreSum),
            Mean(c => c.ExpectedClaimFrequencySum),
            cells.Sum(c => c.TraditionalPremium),
            cells.Sum(c => c.TelematicsPremium),
            cells.GroupBy(c => c.Category).Where(g => g.Sum(c => c.Drivers) > 0).ToDictionary(g => g.Key, g => g.Sum(c => c.Drivers)),
            Mean(c => c.DiscountPctSum),
            bands);
    }
}
