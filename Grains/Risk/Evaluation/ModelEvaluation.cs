namespace Telematics.Risk;

/// <summary>A model version's classical and telematics frequency on one set of policies, and the policies it could not score.</summary>
public sealed record ModelEvaluation(string ModelVersion, FrequencyEvaluation Classical, FrequencyEvaluation Telematics, int Unscorable)
{
    /// <summary>Share of the classical model's deviance that telematics removes.</summary>
    public double DevianceReduction => 1 - Telematics.MeanDeviance / Classical.MeanDeviance;

    public static ModelEvaluation Of(IRiskModel model, IEnumerable<PortfolioPolicy> policies)
    {
        var classical = new List<FrequencyOutcome>();
        var telematics = new List<FrequencyOutcome>();
        var unscorable = 0;
        foreach (var policy in policies)
        {
            try
            {
                var risk = model.Assess(policy.Rating, policy.Driving);
                classical.Add(new FrequencyOutcome(policy.Claims, policy.ExposureYears, risk.ClassicalFrequency));
                telematics.Add(new FrequencyOutcome(policy.Claims, policy.ExposureYears, risk.TelematicsFrequency));
            }
            catch (InvalidRatingVariablesException)
            {
                unscorable++;
            }
        }

        return new ModelEvaluation(model.Version, FrequencyEvaluation.Of(classical), FrequencyEvaluation.Of(telematics), unscorable);
    }
}
