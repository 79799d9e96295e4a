using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// How well a frequency model does on a set of policies. Deviances are Poisson, per policy; the null model predicts the
/// set's own overall claim rate. The normalised Gini is the model's ordered-Lorenz Gini over that of the actual rates.
/// </summary>
public sealed record FrequencyEvaluation(
    int Policies,
    double MeanDeviance,
    double MeanNullDeviance,
    double NormalizedGini,
    ImmutableArray<DecileResult> Deciles)
{
    public double DevianceExplained => 1 - MeanDeviance / MeanNullDeviance;

    /// <summary>Actual frequency of the riskiest tenth over that of the safest tenth.</summary>
    public double TopToBottomLift => Deciles[^1].ActualFrequency / Deciles[0].ActualFrequency;

    public static FrequencyEvaluation Of(IReadOnlyList<FrequencyOutcome> outcomes)
    {
        var overallRate = outcomes.Sum(o => o.Claims) / outcomes.Sum(o => o.ExposureYears);
        return new FrequencyEvaluation(
            outcomes.Count,
            FrequencyMetrics.PoissonDeviance(outcomes) / outcomes.Count,
            FrequencyMetrics.PoissonDeviance([.. outcomes.Select(o => o with { PredictedRate = overallRate })]) / outcomes.Count,
            FrequencyMetrics.NormalizedGini(outcomes),
            FrequencyMetrics.Deciles(outcomes));
    }
}
