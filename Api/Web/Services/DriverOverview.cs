using Telematics.Drivers;
using Telematics.Pricing;
using Telematics.Risk;
using Telematics.Trips;

namespace Telematics.Api.Web.Services;

/// <summary>What the overview page shows: the driver, their score and its history, their premium and their last trips.</summary>
public sealed record DriverOverview(
    DriverProfile Profile,
    RiskScore? Score,
    IReadOnlyList<RiskScore> History,
    PremiumQuote? Premium,
    IReadOnlyList<TripSummary> LastTrips)
{
    /// <summary>The score's change since the oldest one kept (positive: riskier); null with fewer than two scores.</summary>
    public double? Trend => History.Count >= 2 ? History[^1].Score - History[0].Score : null;
}
