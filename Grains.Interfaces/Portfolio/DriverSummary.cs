namespace Telematics.Portfolio;

/// <summary>One row of the drivers read model: what admin lists filter, sort and page over.</summary>
[GenerateSerializer, Immutable, Alias("telematics.DriverSummary")]
public sealed record DriverSummary(
    string DriverId,
    string Name,
    int TripCount,
    double TotalMiles,
    double Score,
    string Category,
    double ExpectedClaimFrequency,
    string ModelVersion,
    decimal TraditionalPremium,
    decimal TelematicsPremium,
    double DiscountPct,
    DateTimeOffset UpdatedAt);
