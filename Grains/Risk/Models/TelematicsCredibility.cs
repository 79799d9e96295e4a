using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// How much of a driver's telematics score to believe. Rates per 1,000 miles and annualised figures from a few trips are
/// noise, so until a driver has <see cref="FullMiles"/> miles over at least <see cref="FullDays"/> days the score is
/// credibility-weighted toward the classical one: ln μ = (1 − Z)·ln μ_classical + Z·ln μ_telematics with
/// Z = min(1, miles / 500, days / 28), a limited-fluctuation blend that reaches full weight at a documented exposure
/// rather than never (as Bühlmann's n / (n + k) would). 500 miles is where pricing starts to use telematics
/// (<c>PricingOptions.MinimumMiles</c>); 28 days sits just under the portfolio's shortest policy (29 days), so every
/// portfolio policy meets it. No trips, Z = 0: the classical score. The miles count only where harsh events could show
/// (<see cref="DriverFeatures.HarshObservedMiles"/>): a feed whose fixes are too far apart for them, read as none,
/// would make a risky driver look safe, so its miles leave the score with the classical one.
/// </summary>
public static class TelematicsCredibility
{
    public const double FullMiles = 500;
    public const double FullDays = 28;

    public static double Of(DriverFeatures? features) => features is null
        ? 0
        : Math.Clamp(Math.Min(HarshObservedMiles(features) / FullMiles, features.ExposureDays / FullDays), 0, 1);

    /// <summary>The miles harsh events could show on: at most every mile, and every one in features stored before the figure.</summary>
    public static double HarshObservedMiles(DriverFeatures features) => Math.Min(features.HarshObservedMiles ?? features.TotalMilesDriven, features.TotalMilesDriven);
}
