using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// Makes the effects of increasing terms non-decreasing. A step function is pooled by isotonic regression (pool adjacent
/// violators) weighted by the training exposure in each of its intervals: the closest non-decreasing function in the
/// exposure-weighted least-squares sense, which keeps each pooled block's exposure-weighted mean effect. A line
/// (<see cref="TermEffect.Slope"/>) is not pooled: a GLM drops a term whose slope comes out negative and refits (see
/// <see cref="PoissonGlmLearner"/>), so a negative slope here is a bug and is refused.
/// </summary>
public static class MonotoneConstraint
{
    public static AdditiveLogRate Enforce(AdditiveLogRate model, ImmutableArray<bool> increasing, IReadOnlyList<FrequencyExample> examples)
    {
        var terms = model.Terms.Select((term, j) => increasing[j] ? Pooled(term, j, examples) : term).ToImmutableArray();
        // ln(rate) = Intercept + Σ (effect − centre): moving the centres moves the intercept with them, so the
        // unchanged terms still score as before.
        return new AdditiveLogRate(model.Intercept + terms.Zip(model.Terms, (after, before) => after.Centre - before.Centre).Sum(), terms);
    }

    /// <summary>The non-decreasing sequence closest to <paramref name="values"/> in weighted least squares.</summary>
    public static double[] Pool(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        var blocks = new List<(double Sum, double Weight, int Count)>();
        for (var k = 0; k < values.Count; k++)
        {
            // An interval no policy falls in still needs a value: a vanishing weight lets its neighbours decide it.
            var weight = Math.Max(weights[k], 1e-12);
            blocks.Add((values[k] * weight, weight, 1));
            while (blocks.Count > 1 && blocks[^2].Sum / blocks[^2].Weight > blocks[^1].Sum / blocks[^1].Weight)
            {
                var (sum, w, count) = blocks[^1];
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (blocks[^1].Sum + sum, blocks[^1].Weight + w, blocks[^1].Count + count);
            }
        }

        return [.. blocks.SelectMany(b => Enumerable.Repeat(b.Sum / b.Weight, b.Count))];
    }

    private static TermEffect Pooled(TermEffect term, int j, IReadOnlyList<FrequencyExample> examples)
    {
        if (term.Slope < 0)
        {
            throw new InvalidOperationException($"Term {j} must not decrease but has slope {term.Slope}: the GLM should have dropped it.");
        }

        var weights = new double[term.Steps.Length];
        foreach (var e in examples)
        {
            weights[term.StepIndex(float.IsNaN(e.Features[j]) ? term.Fill : e.Features[j])] += e.ExposureYears;
        }

        var uncentred = term with { Steps = [.. Pool(term.Steps, weights)] };
        return uncentred with { Centre = examples.Average(e => uncentred.Effect(e.Features[j])) };
    }
}
