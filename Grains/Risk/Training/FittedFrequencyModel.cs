using System.Collections.Immutable;
using Microsoft.ML;

namespace Telematics.Risk;

/// <summary>
/// A fitted frequency model both as the ML.NET pipelines that are saved (one per learner; a blend keeps both of its own)
/// and as the additive form that scores in production.
/// </summary>
public sealed record FittedFrequencyModel(ImmutableArray<ITransformer> Pipelines, AdditiveLogRate LogRate)
{
    public static FittedFrequencyModel Blend(FittedFrequencyModel a, FittedFrequencyModel b) =>
        new([.. a.Pipelines, .. b.Pipelines], AdditiveBlend.Average(a.LogRate, b.LogRate));

    /// <summary>Claims per policy-year for each example, in order, from the additive form that production scores with.</summary>
    public double[] PredictRates(IEnumerable<FrequencyExample> examples) =>
        [.. examples.Select(e => Math.Exp(LogRate.LogRate(e.Features)))];
}
