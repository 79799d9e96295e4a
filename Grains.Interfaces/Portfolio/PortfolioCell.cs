namespace Telematics.Portfolio;

/// <summary>
/// The sums over the drivers of one score band and category: what both read models keep, so that the portfolio's
/// figures are computed from them by one rule (<see cref="PortfolioStatistics.Of"/>).
/// </summary>
public sealed record PortfolioCell(
    int ScoreBand,
    string Category,
    long Drivers,
    long Trips,
    double TotalMiles,
    double ScoreSum,
    double ExpectedClaimFrequencySum,
    decimal TraditionalPremium,
    decimal TelematicsPremium,
    double DiscountPctSum)
{
    /// <summary>The cells of <paramref name="drivers"/>, as PostgreSQL's triggers keep them.</summary>
    public static IEnumerable<PortfolioCell> Of(IEnumerable<DriverSummary> drivers) =>
        drivers.GroupBy(d => (Band: ScoreBands.Of(d.Score), d.Category)).Select(g => new PortfolioCell(
            g.Key.Band, g.Key.Category, g.Count(), g.Sum(d => (long)d.TripCount), g.Sum(d => d.TotalMiles), g.Sum(d => d.Score),
            g.Sum(d => d.ExpectedClaimFrequency), g.Sum(d => d.TraditionalPremium), g.Sum(d => d.TelematicsPremium), g.Sum(d => d.DiscountPct)));
}
