using Telematics.Pricing;
using Telematics.Risk;

namespace Telematics.Drivers;

/// <summary>Published on the driver's stream after every registration, trip and rescoring: everything the read model shows.</summary>
[GenerateSerializer, Immutable, Alias("telematics.DriverUpdated")]
public sealed record DriverUpdated(
    string DriverId,
    string Name,
    int TripCount,
    double TotalMiles,
    RiskScore Score,
    PremiumQuote Premium,
    DateTimeOffset UpdatedAt);
