using System.Collections.Immutable;
using Microsoft.ML;

namespace Telematics.Risk;

/// <summary>
/// A fitted frequency model as the ML.NET pipelines that are saved (one per learner; a blend keeps both of its own), as the
/// additive form those pipelines score (<see cref="Learned"/>), and as the additive form that scores in production
/// (<see cref="LogRate"/>): the learned one with the monotone directions enforced.
/// </summary>
public sealed record FittedFrequencyModel(ImmutableArray<ITransformer> Pipelines, AdditiveLogRate LogRate, AdditiveLogRate Learned)
{
    public static FittedFrequencyModel Blend(FittedFrequencyModel a, FittedFrequencyModel b) =>
        new([.. a.Pipelines, .. b.Pipelines], AdditiveBlend.Average(a.LogRate, b.LogRate), AdditiveBlend.Average(a.Learned, b.Learned));

    /// <summary>Claims per policy-year for each example, in order, from the additive form that production scores with.</summary>
    public double[] PredictRates(IEnumerable<FrequencyExample> examples) =>
        [.. examples.Select(e => Math.Exp(LogRate.LogRate(e.Features)))];
}
