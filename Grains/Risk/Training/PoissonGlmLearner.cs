using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Transforms;

namespace Telematics.Risk;

/// <summary>
/// Fits a Poisson GLM with ML.NET's L-BFGS: missing terms are replaced by their mean and every term is standardised
/// (so one L2 penalty treats them alike), then the coefficients are carried back to the terms' own scale.
/// </summary>
public static class PoissonGlmLearner
{
    public const string Name = "Poisson GLM";

    public static FittedFrequencyModel Fit(MLContext ml, IReadOnlyList<FrequencyExample> examples, int featureCount, float l2Regularization)
    {
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
        var model = pipeline.Fit(FrequencyData.ToDataView(ml, examples, featureCount));

        var normalizer = model.OfType<NormalizingTransformer>().Single().GetNormalizerModelParameters(0)
            as NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>>
            ?? throw new InvalidOperationException("Mean-variance normalisation did not yield an affine map.");
        var glm = model.LastTransformer.Model;
        // ML.NET scores w·(x − offset)·scale + b; with offset the mean, b is the log-rate at the means.
        var terms = glm.Weights.Select((w, j) => TermEffect.Linear((double)w * normalizer.Scale[j], normalizer.Offset[j]));
        return new FittedFrequencyModel([model], new AdditiveLogRate(glm.Bias, [.. terms]));
    }
}
