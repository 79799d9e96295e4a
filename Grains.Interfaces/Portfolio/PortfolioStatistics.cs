namespace Telematics.Portfolio;

public sealed record PortfolioStatistics(
    long Drivers,
    long Trips,
    double TotalMiles,
    double MeanScore,
    double MeanExpectedClaimFrequency,
    decimal TotalTraditionalPremium,
    decimal TotalTelematicsPremium,
    IReadOnlyDictionary<string, long> DriversByCategory);
