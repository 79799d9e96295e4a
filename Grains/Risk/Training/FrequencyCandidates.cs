using Microsoft.ML;

namespace Telematics.Risk;

/// <summary>
/// Fits the GLM and the boosted trees on one feature set and scores both on the validation split. The GLM's L2 penalty
/// is the one value per feature set that training data alone cannot choose, so the few candidates are compared too.
/// </summary>
public sealed class FrequencyCandidates(MLContext ml, FrequencyFeatureSchema schema, PortfolioSplit split)
{
    private static readonly float[] L2Penalties = [3f, 10f, 30f, 100f];

    private readonly FrequencyExample[] _training = FrequencyExample.From(schema, split.Training);
    private readonly FrequencyExample[] _validation = FrequencyExample.From(schema, split.Validation);

    private int FeatureCount => schema.Terms.Length;

    public (FittedGlm Glm, CandidateResult Result) BestGlm(Action<string> log)
    {
        var fits = L2Penalties.Select(l2 =>
        {
            var fit = PoissonGlmLearner.Fit(ml, _training, FeatureCount, l2);
            var result = Evaluate($"{PoissonGlmLearner.Name} (L2 {l2})", fit.Model);
            log($"  {schema.Set} {result.Learner}: deviance explained {result.Validation.DevianceExplained:P2}, Gini {result.Validation.NormalizedGini:F4}");
            return (fit, result);
        }).ToList();
        return fits.MaxBy(f => f.result.Validation.DevianceExplained);
    }

    public (ITransformer Model, CandidateResult Result) Boosting(Action<string> log)
    {
        var model = TweedieBoostingLearner.Fit(ml, _training, FeatureCount);
        var result = Evaluate(TweedieBoostingLearner.Name, model);
        log($"  {schema.Set} {result.Learner}: deviance explained {result.Validation.DevianceExplained:P2}, Gini {result.Validation.NormalizedGini:F4}");
        return (model, result);
    }

    private CandidateResult Evaluate(string learner, ITransformer model)
    {
        var rates = FrequencyData.PredictRates(ml, model, _validation, FeatureCount);
        var outcomes = _validation.Select((e, i) => new FrequencyOutcome(e.Claims, e.ExposureYears, rates[i])).ToList();
        return new CandidateResult(schema.Set, learner, FrequencyEvaluation.Of(outcomes));
    }
}
