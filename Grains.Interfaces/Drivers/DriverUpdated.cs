using Telematics.Portfolio;
using Telematics.Pricing;
using Telematics.Risk;

namespace Telematics.Drivers;

/// <summary>
/// A driver after every registration and trip, sent to the read model and the live feed (a rescoring job projects its pages itself):
/// everything the read model shows.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.DriverUpdated")]
public sealed record DriverUpdated(
    string DriverId,
    string Name,
    int TripCount,
    double TotalMiles,
    RiskScore Score,
    PremiumQuote Premium,
    DateTimeOffset UpdatedAt)
{
    public DriverSummary ToSummary() => new(
        DriverId, Name, TripCount, TotalMiles, Score.Score, Score.Category.ToString(), Score.ExpectedClaimFrequency, Score.ModelVersion,
        Premium.TraditionalPremium, Premium.TelematicsPremium, Premium.DiscountPct, UpdatedAt);
}
