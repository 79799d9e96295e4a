using Microsoft.ML;

namespace Telematics.Risk;

/// <summary>
/// The rule that picks a feature set's frequency model. The GLM's L2 penalty, the one setting training data alone cannot
/// choose, is the one with the lowest validation deviance. Then the GLM, the boosted stumps and their blend (mean log-rate)
/// are scored on the validation split and by 5-fold cross-validation within the training part, and the candidate with the
/// lower cross-validated deviance wins: its out-of-fold predictions cover four times the validation split's claims, so it
/// is the steadier judge.
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
        string[] learners = [$"{PoissonGlmLearner.Name} (L2 {l2})", TweedieBoostingLearner.Name, $"Blend (mean log-rate) of GLM (L2 {l2}) and stumps"];
        var validation = Candidates(l2, _training, glm).Select(fit => Evaluate(fit(), _validation)).ToList();
        var crossValidation = CrossValidate(l2, log);
        var results = learners.Select((learner, i) => new CandidateResult(schema.Set, learner, validation[i], crossValidation[i])).ToList();
        foreach (var r in results)
        {
            log($"  {r.Set} {r.Learner}: deviance explained {r.Validation.DevianceExplained:P2} validation, {r.CrossValidation.DevianceExplained:P2} cross-validated");
        }

        var chosen = results.IndexOf(results.MinBy(r => r.CrossValidation.MeanDeviance)!);
        return new FrequencyChoice([results[chosen], .. results.Where((_, i) => i != chosen)], examples => Candidates(l2, examples)[chosen]());
    }

    /// <summary>
    /// GLM, stumps and blend fitted on <paramref name="examples"/>, each fitted only when asked for and the blend reusing
    /// the other two; <paramref name="glm"/> is a GLM already fitted on them.
    /// </summary>
    private Func<FittedFrequencyModel>[] Candidates(float l2, IReadOnlyList<FrequencyExample> examples, FittedFrequencyModel? glm = null)
    {
        var glmFit = new Lazy<FittedFrequencyModel>(() => glm ?? PoissonGlmLearner.Fit(ml, examples, FeatureCount, l2, schema.Increasing));
        var stumpsFit = new Lazy<FittedFrequencyModel>(() => TweedieBoostingLearner.Fit(ml, examples, FeatureCount, schema.Increasing));
        return [() => glmFit.Value, () => stumpsFit.Value, () => FittedFrequencyModel.Blend(glmFit.Value, stumpsFit.Value)];
    }

    /// <summary>
    /// Each candidate's out-of-fold predictions over the whole training part, evaluated together; each fold's mean
    /// deviances are logged too, to show whether an ordering holds fold by fold or rests on one.
    /// </summary>
    private List<FrequencyEvaluation> CrossValidate(float l2, Action<string> log)
    {
        var folds = CrossValidationFolds.Assign(_training.Length);
        double[][]? rates = null;
        for (var fold = 0; fold < CrossValidationFolds.Count; fold++)
        {
            var heldOut = Enumerable.Range(0, _training.Length).Where(i => folds[i] == fold).ToArray();
            var candidates = Candidates(l2, [.. _training.Where((_, i) => folds[i] != fold)]);
            rates ??= [.. candidates.Select(_ => new double[_training.Length])];
            var heldOutExamples = heldOut.Select(i => _training[i]).ToList();
            var deviances = new List<double>();
            for (var c = 0; c < candidates.Length; c++)
            {
                var predicted = candidates[c]().PredictRates(heldOutExamples);
                deviances.Add(Evaluate(heldOutExamples, predicted).MeanDeviance);
                for (var k = 0; k < heldOut.Length; k++)
                {
                    rates[c][heldOut[k]] = predicted[k];
                }
            }

            log($"    {schema.Set} fold {fold + 1}: mean deviance {string.Join(" / ", deviances.Select(d => d.ToString("F5")))}");
        }

        return [.. rates!.Select(r => Evaluate(_training, r))];
    }

    private static FrequencyEvaluation Evaluate(FittedFrequencyModel fit, IReadOnlyList<FrequencyExample> examples) =>
        Evaluate(examples, fit.PredictRates(examples));

    private static FrequencyEvaluation Evaluate(IReadOnlyList<FrequencyExample> examples, double[] rates) =>
        FrequencyEvaluation.Of([.. examples.Select((e, i) => new FrequencyOutcome(e.Claims, e.ExposureYears, rates[i]))]);
}
