using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// Makes the effects of increasing terms non-decreasing. A step function is pooled by isotonic regression (pool adjacent
/// violators) weighted by the training exposure in each of its intervals: the closest non-decreasing function in the
/// exposure-weighted least-squares sense, which keeps each pooled block's exposure-weighted mean effect. A line
/// (<see cref="TermEffect.Slope"/>) is not pooled: a GLM drops a term whose slope comes out negative and refits (see
/// <see cref="PoissonGlmLearner"/>), so a negative slope here is a bug and is refused.
/// A pair's table is pooled the same way along each line of an increasing term (the other term's interval fixed), so
/// the term's total effect, its own steps plus its pairs' tables, is non-decreasing whatever the other terms' values.
/// </summary>
public static class MonotoneConstraint
{
    public static AdditiveLogRate Enforce(AdditiveLogRate model, ImmutableArray<bool> increasing, IReadOnlyList<FrequencyExample> examples)
    {
        var terms = model.Terms.Select((term, j) => increasing[j] ? Pooled(term, j, examples) : term).ToImmutableArray();
        var pairs = model.Pairs.Select(pair => increasing[pair.First] || increasing[pair.Second] ? Pooled(pair, increasing, examples) : pair).ToImmutableArray();
        // ln(rate) = Intercept + Σ (effect − centre): moving the centres moves the intercept with them, so the
        // unchanged terms still score as before.
        var moved = terms.Zip(model.Terms, (after, before) => after.Centre - before.Centre).Sum()
            + pairs.Zip(model.Pairs, (after, before) => after.Centre - before.Centre).Sum();
        return new AdditiveLogRate(model.Intercept + moved, terms) { Pairs = pairs };
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

    /// <summary>
    /// One increasing term: each line along it pooled once. Both increasing: lines along each pooled in turn until the
    /// table is non-decreasing both ways (each pass can undo the other's work); if that has not settled, a last pass along
    /// the first and a running maximum along the second, which keeps the first's order (the maximum of non-decreasing
    /// lines is non-decreasing), guarantee it.
    /// </summary>
    private static PairEffect Pooled(PairEffect pair, ImmutableArray<bool> increasing, IReadOnlyList<FrequencyExample> examples)
    {
        var cells = pair.Cells.ToArray();
        var weights = new double[cells.Length];
        foreach (var e in examples)
        {
            var (a, b) = (e.Features[pair.First], e.Features[pair.Second]);
            weights[pair.Cell(float.IsNaN(a) ? pair.FirstFill : a, float.IsNaN(b) ? pair.SecondFill : b)] += e.ExposureYears;
        }

        var (rows, columns) = (pair.FirstThresholds.Length + 1, pair.Columns);
        // The lines along the first term (one per interval of the second) and along the second (one per interval of the first).
        var alongFirst = Enumerable.Range(0, columns).Select(k => Enumerable.Range(0, rows).Select(i => i * columns + k).ToArray()).ToArray();
        var alongSecond = Enumerable.Range(0, rows).Select(i => Enumerable.Range(0, columns).Select(k => i * columns + k).ToArray()).ToArray();
        var lines = (increasing[pair.First] ? alongFirst : []).Concat(increasing[pair.Second] ? alongSecond : []).ToArray();
        for (var round = 0; round < 100 && !lines.All(line => NonDecreasing(cells, line)); round++)
        {
            foreach (var line in lines)
            {
                PoolLine(cells, weights, line);
            }
        }

        if (!lines.All(line => NonDecreasing(cells, line)))
        {
            foreach (var line in alongFirst)
            {
                PoolLine(cells, weights, line);
            }

            foreach (var line in alongSecond)
            {
                for (var n = 1; n < line.Length; n++)
                {
                    cells[line[n]] = Math.Max(cells[line[n]], cells[line[n - 1]]);
                }
            }
        }

        var uncentred = pair with { Cells = [.. cells] };
        return uncentred with { Centre = examples.Average(e => uncentred.Effect(e.Features)) };
    }

    private static void PoolLine(double[] cells, double[] weights, int[] line)
    {
        var pooled = Pool([.. line.Select(c => cells[c])], [.. line.Select(c => weights[c])]);
        for (var n = 0; n < line.Length; n++)
        {
            cells[line[n]] = pooled[n];
        }
    }

    private static bool NonDecreasing(double[] cells, int[] line) =>
        line.Zip(line.Skip(1)).All(p => cells[p.First] <= cells[p.Second]);
}
