using Microsoft.ML;

namespace Telematics.Risk;

/// <summary>
/// The rule that picks a feature set's frequency model. The GLM's L2 penalty, the one setting training data alone cannot
/// choose, is the one with the lowest validation deviance. Then the GLM, the boosted stumps, their blend (mean log-rate),
/// boosted depth-2 trees (interactions of two terms) and the blend of the GLM with those are scored on the validation
/// split and by 5-fold cross-validation within the training part, and the candidate with the lower cross-validated
/// deviance, as scored (monotone where declared), wins: its out-of-fold predictions cover four times the validation
/// split's claims, so it is the steadier judge.
/// </summary>
public sealed class FrequencyCandidates(MLContext ml, FrequencyFeatureSchema schema, PortfolioSplit split)
{
    private static readonly float[] L2Penalties = [3f, 10f, 30f, 100f];

    private readonly FrequencyExample[] _training = FrequencyExample.From(schema, split.Training);
    private readonly FrequencyExample[] _validation = FrequencyExample.From(schema, split.Validation);

    private int FeatureCount => schema.Terms.Length;

    public FrequencyChoice Choose(Action<string> log)
    {
        var (l2, glm) = L2Penalties
            .Select(l2 => (L2: l2, Fit: PoissonGlmLearner.Fit(ml, _training, FeatureCount, l2, schema.Increasing)))
            .MaxBy(g => Evaluate(g.Fit, _validation).DevianceExplained);
        // In the order of Candidates.
        string[] learners =
        [
            $"{PoissonGlmLearner.Name} (L2 {l2})", TweedieBoostingLearner.Name, $"Blend (mean log-rate) of GLM (L2 {l2}) and stumps",
            TweedieBoostingLearner.PairwiseName, $"Blend (mean log-rate) of GLM (L2 {l2}) and depth-2 trees",
        ];
        var validation = Candidates(l2, _training, glm).Select(c => Evaluate(c.Fit(), _validation)).ToList();
        var (crossValidation, unconstrained) = CrossValidate(l2, log);
        var results = learners.Select((learner, i) => new CandidateResult(schema.Set, learner, validation[i], crossValidation[i])
        {
            UnconstrainedCrossValidation = unconstrained[i],
        }).ToList();
        foreach (var r in results)
        {
            log($"  {r.Set} {r.Learner}: deviance explained {r.Validation.DevianceExplained:P2} validation, {r.CrossValidation.DevianceExplained:P2} cross-validated"
                + $" ({r.UnconstrainedCrossValidation!.DevianceExplained:P2} unconstrained), Gini {r.CrossValidation.NormalizedGini:F4} ({r.UnconstrainedCrossValidation.NormalizedGini:F4})");
        }

        var chosen = results.IndexOf(results.MinBy(r => r.CrossValidation.MeanDeviance)!);
        return new FrequencyChoice([results[chosen], .. results.Where((_, i) => i != chosen)], examples => Candidates(l2, examples)[chosen].Fit());
    }

    /// <summary>
    /// The candidates fitted on <paramref name="examples"/>, each fitted only when asked for and the blends reusing the
    /// others; <paramref name="glm"/> is a GLM already fitted on them. Each comes with its unconstrained form: the trees'
    /// learned (unpooled) form, and a GLM fitted without directions, which is the constrained one when no term has any.
    /// </summary>
    private (Func<FittedFrequencyModel> Fit, Func<AdditiveLogRate> Unconstrained)[] Candidates(
        float l2, IReadOnlyList<FrequencyExample> examples, FittedFrequencyModel? glm = null)
    {
        var glmFit = new Lazy<FittedFrequencyModel>(() => glm ?? PoissonGlmLearner.Fit(ml, examples, FeatureCount, l2, schema.Increasing));
        var freeGlm = new Lazy<AdditiveLogRate>(() => schema.Increasing.Contains(true)
            ? PoissonGlmLearner.Fit(ml, examples, FeatureCount, l2, [.. schema.Increasing.Select(_ => false)]).LogRate
            : glmFit.Value.LogRate);
        var stumpsFit = new Lazy<FittedFrequencyModel>(() => TweedieBoostingLearner.Fit(ml, examples, FeatureCount, schema.Increasing));
        var pairwiseFit = new Lazy<FittedFrequencyModel>(() => TweedieBoostingLearner.Fit(ml, examples, FeatureCount, schema.Increasing, leaves: 3));
        return
        [
            (() => glmFit.Value, () => freeGlm.Value),
            (() => stumpsFit.Value, () => stumpsFit.Value.Learned),
            (() => FittedFrequencyModel.Blend(glmFit.Value, stumpsFit.Value), () => AdditiveBlend.Average(freeGlm.Value, stumpsFit.Value.Learned)),
            (() => pairwiseFit.Value, () => pairwiseFit.Value.Learned),
            (() => FittedFrequencyModel.Blend(glmFit.Value, pairwiseFit.Value), () => AdditiveBlend.Average(freeGlm.Value, pairwiseFit.Value.Learned)),
        ];
    }

    /// <summary>
    /// Each candidate's out-of-fold predictions over the whole training part, evaluated together, constrained and
    /// unconstrained; each fold's mean deviances (constrained) are logged too, to show whether an ordering holds fold by
    /// fold or rests on one.
    /// </summary>
    private (List<FrequencyEvaluation> Constrained, List<FrequencyEvaluation> Unconstrained) CrossValidate(float l2, Action<string> log)
    {
        var folds = CrossValidationFolds.Assign(_training.Length);
        double[][]? rates = null, freeRates = null;
        for (var fold = 0; fold < CrossValidationFolds.Count; fold++)
        {
            var heldOut = Enumerable.Range(0, _training.Length).Where(i => folds[i] == fold).ToArray();
            var candidates = Candidates(l2, [.. _training.Where((_, i) => folds[i] != fold)]);
            rates ??= [.. candidates.Select(_ => new double[_training.Length])];
            freeRates ??= [.. candidates.Select(_ => new double[_training.Length])];
            var heldOutExamples = heldOut.Select(i => _training[i]).ToList();
            var deviances = new List<double>();
            for (var c = 0; c < candidates.Length; c++)
            {
                var predicted = candidates[c].Fit().PredictRates(heldOutExamples);
                var unconstrained = candidates[c].Unconstrained();
                deviances.Add(Evaluate(heldOutExamples, predicted).MeanDeviance);
                for (var k = 0; k < heldOut.Length; k++)
                {
                    rates[c][heldOut[k]] = predicted[k];
                    freeRates[c][heldOut[k]] = Math.Exp(unconstrained.LogRate(heldOutExamples[k].Features));
                }
            }

            log($"    {schema.Set} fold {fold + 1}: mean deviance {string.Join(" / ", deviances.Select(d => d.ToString("F5")))}");
        }

        return ([.. rates!.Select(r => Evaluate(_training, r))], [.. freeRates!.Select(r => Evaluate(_training, r))]);
    }

    private static FrequencyEvaluation Evaluate(FittedFrequencyModel fit, IReadOnlyList<FrequencyExample> examples) =>
        Evaluate(examples, fit.PredictRates(examples));

    private static FrequencyEvaluation Evaluate(IReadOnlyList<FrequencyExample> examples, double[] rates) =>
        FrequencyEvaluation.Of([.. examples.Select((e, i) => new FrequencyOutcome(e.Claims, e.ExposureYears, rates[i]))]);
}
