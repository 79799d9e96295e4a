using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// A hand-set Poisson formula that stands in until a model learned from the portfolio ships:
/// classical frequency = 0.052 × age, region and claim-free relativities; telematics frequency = classical ×
/// exp(0.01 × (brakings ≥ 6 mph/s per 1,000 mi − 20) + 0.005 × (accelerations ≥ 6 mph/s per 1,000 mi − 30)), capped at ×3.
/// The score is the frequency relative to the portfolio mean 0.052, mapped onto 0–100 by 100 × (1 − e^(−0.7 × ratio)).
/// </summary>
public sealed class BaselineRiskModel : IRiskModel
{
    private const double PortfolioFrequency = 0.052;
    private const double MeanSeverity = 4_500;

    public string Version => "baseline-0";

    public RiskAssessment Assess(RatingVariables rating, DriverFeatures? features)
    {
        var classical = PortfolioFrequency
            * (rating.InsuredAge < 25 ? 1.6 : rating.InsuredAge > 75 ? 1.2 : 1.0)
            * (rating.Region == Region.Urban ? 1.2 : 1.0)
            * Math.Exp(-0.01 * Math.Min(rating.YearsNoClaims, 30));
        var telematics = features is null
            ? classical
            : classical * Math.Min(3.0, Math.Exp(0.01 * (features.Brake06Miles - 20) + 0.005 * (features.Accel06Miles - 30)));
        var score = 100 * (1 - Math.Exp(-0.7 * telematics / PortfolioFrequency));
        return new RiskAssessment(classical, telematics, MeanSeverity, score, RiskCategories.FromScore(score), Version);
    }
}
