using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Telematics.Risk;

/// <summary>
/// Gradient-boosted trees with FastTree's Tweedie loss at index 1, which is the Poisson deviance: the challenger to the GLM.
/// Stumps (two leaves) make it an additive model with free-form shapes; on the validation split they did better than
/// 8-leaf trees, which found no interaction worth their variance (see docs/model-card.md).
/// </summary>
public static class TweedieBoostingLearner
{
    public const string Name = "FastTree Tweedie (Poisson) GBM, stumps";

    public static ITransformer Fit(MLContext ml, IReadOnlyList<FrequencyExample> examples, int featureCount) =>
        ml.Regression.Trainers.FastTreeTweedie(new FastTreeTweedieTrainer.Options
        {
            LabelColumnName = FrequencyData.Label,
            FeatureColumnName = FrequencyData.Features,
            ExampleWeightColumnName = FrequencyData.Weight,
            Index = 1.0,
            NumberOfTrees = 1500,
            NumberOfLeaves = 2,
            LearningRate = 0.03,
            MinimumExampleCountPerLeaf = 400,
            FeatureFraction = 0.7,
            Seed = PortfolioSplit.Seed,
        }).Fit(FrequencyData.ToDataView(ml, examples, featureCount));
}
