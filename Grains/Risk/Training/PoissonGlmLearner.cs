using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Transforms;

namespace Telematics.Risk;

/// <summary>
/// Fits a Poisson GLM with ML.NET's L-BFGS: missing terms are replaced by their mean and every term is standardised
/// (so one L2 penalty treats them alike), then the coefficients are carried back to the terms' own scale.
/// A term that must not decrease (<see cref="FrequencyFeatureSchema.Increasing"/>) and comes out with a negative slope is
/// dropped and the GLM refitted without it, until no such slope is left: the usual remedy for a sign that contradicts the
/// domain, since the other terms then take up what the dropped one was standing in for.
/// </summary>
public static class PoissonGlmLearner
{
    public const string Name = "Poisson GLM";

    public static FittedFrequencyModel Fit(
        MLContext ml, IReadOnlyList<FrequencyExample> examples, int featureCount, float l2Regularization, IReadOnlyList<bool> increasing)
    {
        var dropped = new HashSet<int>();
        while (true)
        {
            var fit = Fit(ml, examples, featureCount, l2Regularization, dropped);
            var negative = Enumerable.Range(0, featureCount).Where(j => increasing[j] && fit.LogRate.Terms[j].Slope < 0).ToList();
            if (negative.Count == 0)
            {
                return fit;
            }

            dropped.UnionWith(negative);
        }
    }

    /// <summary>
    /// A dropped term is fitted as a constant 0, which earns it a weight of exactly 0 (its gradient is 0 from the start),
    /// so the saved pipeline ignores it when scoring real values too.
    /// </summary>
    private static FittedFrequencyModel Fit(
        MLContext ml, IReadOnlyList<FrequencyExample> examples, int featureCount, float l2Regularization, HashSet<int> dropped)
    {
        var fitted = dropped.Count == 0
            ? examples
            : [.. examples.Select(e => e with { Features = [.. e.Features.Select((x, j) => dropped.Contains(j) ? 0f : x)] })];
        var pipeline = ml.Transforms.ReplaceMissingValues(FrequencyData.Features, replacementMode: MissingValueReplacingEstimator.ReplacementMode.Mean)
            .Append(ml.Transforms.NormalizeMeanVariance(FrequencyData.Features, fixZero: false))
            .Append(ml.Regression.Trainers.LbfgsPoissonRegression(new()
            {
                LabelColumnName = FrequencyData.Label,
                FeatureColumnName = FrequencyData.Features,
                ExampleWeightColumnName = FrequencyData.Weight,
                L1Regularization = 0,
                L2Regularization = l2Regularization,
                OptimizationTolerance = 1e-9f,
                MaximumNumberOfIterations = 2_000,
            }));
        var model = pipeline.Fit(FrequencyData.ToDataView(ml, fitted, featureCount));

        var normalizer = model.OfType<NormalizingTransformer>().Single().GetNormalizerModelParameters(0)
            as NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>>
            ?? throw new InvalidOperationException("Mean-variance normalisation did not yield an affine map.");
        var glm = model.LastTransformer.Model;
        // ML.NET scores w·(x − offset)·scale + b; with offset the mean, b is the log-rate at the means.
        var terms = glm.Weights.Select((w, j) => dropped.Contains(j) ? TermEffect.Linear(0, 0) : TermEffect.Linear((double)w * normalizer.Scale[j], normalizer.Offset[j]));
        var additive = new AdditiveLogRate(glm.Bias, [.. terms]);
        return new FittedFrequencyModel([model], additive, additive);
    }
}
