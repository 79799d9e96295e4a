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
    /// <summary>
    /// The score's change since the oldest one kept (positive: riskier), in whole points as the scores are shown, so
    /// that 86 then 73 reads "13 points"; null with fewer than two scores.
    /// </summary>
    public double? Trend => History.Count >= 2 ? Shown(History[^1].Score) - Shown(History[0].Score) : null;

    /// <summary>A score as <c>Units.Score</c> shows it: whole points, a half rounded up as number formatting does.</summary>
    private static double Shown(double score) => Math.Round(score, MidpointRounding.AwayFromZero);
}
