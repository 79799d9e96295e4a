using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms;

namespace Telematics.Risk;

/// <summary>
/// Gradient-boosted trees with FastTree's Tweedie loss at index 1, which is the Poisson deviance. Stumps (two leaves)
/// make an additive model with free-form shapes: on the validation split they did better than deeper trees, which found
/// no interaction worth their variance (see docs/model-card.md). Each term's stumps fold into one step function, and
/// the step function of a term that must not decrease is pooled into a non-decreasing one (<see cref="MonotoneConstraint"/>).
/// </summary>
public static class TweedieBoostingLearner
{
    public const string Name = "FastTree Tweedie (Poisson) GBM, stumps";

    public static FittedFrequencyModel Fit(MLContext ml, IReadOnlyList<FrequencyExample> examples, int featureCount, ImmutableArray<bool> increasing)
    {
        var pipeline = ml.Transforms.ReplaceMissingValues(FrequencyData.Features, replacementMode: MissingValueReplacingEstimator.ReplacementMode.Mean)
            .Append(ml.Regression.Trainers.FastTreeTweedie(new FastTreeTweedieTrainer.Options
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
            }));
        var model = pipeline.Fit(FrequencyData.ToDataView(ml, examples, featureCount));
        var learned = Additive(model.LastTransformer.Model.TrainedTreeEnsemble, examples, featureCount);
        return new FittedFrequencyModel([model], MonotoneConstraint.Enforce(learned, increasing, examples), learned);
    }

    private static AdditiveLogRate Additive(RegressionTreeEnsemble ensemble, IReadOnlyList<FrequencyExample> examples, int featureCount)
    {
        var stumps = ensemble.Trees.Select((tree, i) => tree.NumberOfLeaves == 2
            ? (Term: tree.NumericalSplitFeatureIndexes[0], Threshold: (double)tree.NumericalSplitThresholds[0],
                Left: ensemble.TreeWeights[i] * tree.LeafValues[~tree.LeftChild[0]], Right: ensemble.TreeWeights[i] * tree.LeafValues[~tree.RightChild[0]])
            : throw new InvalidOperationException($"Tree {i} has {tree.NumberOfLeaves} leaves: only stumps fold into an additive model."))
            .ToLookup(s => s.Term);
        var terms = Enumerable.Range(0, featureCount).Select(j =>
        {
            var thresholds = stumps[j].Select(s => s.Threshold).Distinct().Order().ToImmutableArray();
            var steps = Enumerable.Range(0, thresholds.Length + 1)
                .Select(k => stumps[j].Sum(s => thresholds.IndexOf(s.Threshold) >= k ? s.Left : s.Right))
                .ToImmutableArray();
            var present = examples.Select(e => e.Features[j]).Where(x => !float.IsNaN(x)).ToList();
            var uncentred = new TermEffect(0, thresholds, steps, present.Count > 0 ? (float)present.Average(x => (double)x) : 0, 0);
            return uncentred with { Centre = examples.Average(e => uncentred.Effect(e.Features[j])) };
        }).ToImmutableArray();
        return new AdditiveLogRate(ensemble.Bias + terms.Sum(t => t.Centre), terms);
    }
}
