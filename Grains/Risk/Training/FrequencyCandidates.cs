using Microsoft.ML;

namespace Telematics.Risk;

/// <summary>
/// Fits the GLM and the boosted stumps on one feature set, scores both on the validation split and keeps the one with the
/// lower validation deviance. The GLM's L2 penalty is the one value training data alone cannot choose, so a few are compared too.
/// </summary>
public sealed class FrequencyCandidates(MLContext ml, FrequencyFeatureSchema schema, PortfolioSplit split)
{
    private static readonly float[] L2Penalties = [3f, 10f, 30f, 100f];

    private readonly FrequencyExample[] _training = FrequencyExample.From(schema, split.Training);
    private readonly FrequencyExample[] _validation = FrequencyExample.From(schema, split.Validation);

    private int FeatureCount => schema.Terms.Length;

    /// <summary>The winner, and every candidate's validation result (the winner's first).</summary>
    public (FittedFrequencyModel Winner, IReadOnlyList<CandidateResult> Results) Fit(Action<string> log)
    {
        var glm = L2Penalties
            .Select(l2 => Evaluate($"{PoissonGlmLearner.Name} (L2 {l2})", PoissonGlmLearner.Fit(ml, _training, FeatureCount, l2), log))
            .MaxBy(c => c.Result.Validation.DevianceExplained);
        var boosted = Evaluate(TweedieBoostingLearner.Name, TweedieBoostingLearner.Fit(ml, _training, FeatureCount), log);
        var (winner, runnerUp) = boosted.Result.Validation.MeanDeviance < glm.Result.Validation.MeanDeviance ? (boosted, glm) : (glm, boosted);
        return (winner.Fit, [winner.Result, runnerUp.Result]);
    }

    private (FittedFrequencyModel Fit, CandidateResult Result) Evaluate(string learner, FittedFrequencyModel fit, Action<string> log)
    {
        var rates = FrequencyData.PredictRates(ml, fit.Model, _validation, FeatureCount);
        var outcomes = _validation.Select((e, i) => new FrequencyOutcome(e.Claims, e.ExposureYears, rates[i])).ToList();
        var result = new CandidateResult(schema.Set, learner, FrequencyEvaluation.Of(outcomes));
        log($"  {schema.Set} {learner}: deviance explained {result.Validation.DevianceExplained:P2}, Gini {result.Validation.NormalizedGini:F4}");
        return (fit, result);
    }
}
