using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms;

namespace Telematics.Risk;

/// <summary>
/// Gradient-boosted trees with FastTree's Tweedie loss at index 1, which is the Poisson deviance. Stumps (two leaves)
/// make an additive model with free-form shapes. Trees of three leaves (two splits, depth 2) add interactions of two
/// terms and stay exact to explain: a tree that splits one term folds into that term's step function, a tree that splits
/// two into their pair's 2-D table (<see cref="PairEffect"/>). Steps and tables of terms that must not decrease are
/// pooled into non-decreasing ones (<see cref="MonotoneConstraint"/>).
/// </summary>
public static class TweedieBoostingLearner
{
    public const string Name = "FastTree Tweedie (Poisson) GBM, stumps";
    public const string PairwiseName = "FastTree Tweedie (Poisson) GBM, depth-2 trees";

    public static FittedFrequencyModel Fit(
        MLContext ml, IReadOnlyList<FrequencyExample> examples, int featureCount, ImmutableArray<bool> increasing, int leaves = 2)
    {
        var pipeline = ml.Transforms.ReplaceMissingValues(FrequencyData.Features, replacementMode: MissingValueReplacingEstimator.ReplacementMode.Mean)
            .Append(ml.Regression.Trainers.FastTreeTweedie(new FastTreeTweedieTrainer.Options
            {
                LabelColumnName = FrequencyData.Label,
                FeatureColumnName = FrequencyData.Features,
                ExampleWeightColumnName = FrequencyData.Weight,
                Index = 1.0,
                NumberOfTrees = 1500,
                NumberOfLeaves = leaves,
                LearningRate = 0.03,
                MinimumExampleCountPerLeaf = 400,
                FeatureFraction = 0.7,
                Seed = PortfolioSplit.Seed,
            }));
        var model = pipeline.Fit(FrequencyData.ToDataView(ml, examples, featureCount));
        var learned = Additive(model.LastTransformer.Model.TrainedTreeEnsemble, examples, featureCount);
        return new FittedFrequencyModel([model], MonotoneConstraint.Enforce(learned, increasing, examples), learned);
    }

    /// <summary>The ensemble as step functions per term and tables per pair of terms; refuses a tree that splits three terms.</summary>
    public static AdditiveLogRate Additive(RegressionTreeEnsemble ensemble, IReadOnlyList<FrequencyExample> examples, int featureCount)
    {
        var trees = ensemble.Trees.Select((tree, i) => (Tree: tree, Weight: ensemble.TreeWeights[i],
                Terms: tree.NumericalSplitFeatureIndexes.Distinct().Order().ToArray()))
            .Select((t, i) => t.Terms.Length <= 2 ? t : throw new InvalidOperationException($"Tree {i} splits {t.Terms.Length} terms: only one or two fold into the additive form."))
            .ToList();
        var fills = Enumerable.Range(0, featureCount).Select(j =>
        {
            var present = examples.Select(e => e.Features[j]).Where(x => !float.IsNaN(x)).ToList();
            return present.Count > 0 ? (float)present.Average(x => (double)x) : 0;
        }).ToArray();

        var single = trees.Where(t => t.Terms.Length == 1).ToLookup(t => t.Terms[0]);
        var terms = Enumerable.Range(0, featureCount).Select(j =>
        {
            var thresholds = Thresholds(single[j], j);
            var steps = StepIntervals.Representatives(thresholds)
                .Select(x => single[j].Sum(t => t.Weight * Leaf(t.Tree, _ => x)))
                .ToImmutableArray();
            var uncentred = new TermEffect(0, thresholds, steps, fills[j], 0);
            return uncentred with { Centre = examples.Average(e => uncentred.Effect(e.Features[j])) };
        }).ToImmutableArray();

        var pairs = trees.Where(t => t.Terms.Length == 2).GroupBy(t => (First: t.Terms[0], Second: t.Terms[1])).Select(g =>
        {
            var (a, b) = g.Key;
            var (firstThresholds, secondThresholds) = (Thresholds(g, a), Thresholds(g, b));
            var cells = StepIntervals.Representatives(firstThresholds)
                .SelectMany(xa => StepIntervals.Representatives(secondThresholds)
                    .Select(xb => g.Sum(t => t.Weight * Leaf(t.Tree, term => term == a ? xa : xb))))
                .ToImmutableArray();
            var uncentred = new PairEffect(a, b, firstThresholds, secondThresholds, cells, fills[a], fills[b], 0);
            return uncentred with { Centre = examples.Average(e => uncentred.Effect(e.Features)) };
        }).OrderBy(p => p.First).ThenBy(p => p.Second).ToImmutableArray();

        return new AdditiveLogRate(ensemble.Bias + terms.Sum(t => t.Centre) + pairs.Sum(p => p.Centre), terms) { Pairs = pairs };
    }

    private static ImmutableArray<double> Thresholds(IEnumerable<(RegressionTree Tree, double Weight, int[] Terms)> trees, int term) =>
        [.. trees.SelectMany(t => t.Tree.NumericalSplitFeatureIndexes.Select((j, node) => (j, node)).Where(s => s.j == term)
            .Select(s => (double)t.Tree.NumericalSplitThresholds[s.node])).Distinct().Order()];

    /// <summary>The leaf value a tree gives a point whose value on each split term is <paramref name="value"/>(term).</summary>
    private static double Leaf(RegressionTree tree, Func<int, double> value)
    {
        var node = 0;
        while (node >= 0)
        {
            node = value(tree.NumericalSplitFeatureIndexes[node]) <= tree.NumericalSplitThresholds[node] ? tree.LeftChild[node] : tree.RightChild[node];
        }

        return tree.LeafValues[~node];
    }
}
