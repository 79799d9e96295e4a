using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class MonotoneConstraintTests
{
    [Fact]
    public void Pooling_averages_each_violating_run_by_weight()
    {
        // 0.3 > 0.1 violates: pooled to (0.3·1 + 0.1·3) / 4 = 0.15; then 0.15 > 0.05 (weight 4) pools the three: 0.1.
        var pooled = MonotoneConstraint.Pool([0.0, 0.3, 0.1, 0.05, 0.4], [2.0, 1.0, 3.0, 4.0, 1.0]);

        Assert.Equal([0.0, 0.1, 0.1, 0.1, 0.4], pooled.Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void A_non_decreasing_sequence_is_left_alone()
    {
        Assert.Equal([-1.0, 0.0, 0.0, 2.0], MonotoneConstraint.Pool([-1.0, 0.0, 0.0, 2.0], [1.0, 0.0, 5.0, 1.0]));
    }

    [Fact]
    public void Enforcing_pools_only_the_increasing_terms_and_leaves_the_others_scoring_as_before()
    {
        // Term 0 is free and falls; term 1 must not decrease but its steps dip: 0.2 for x ≤ 1, −0.1 for 1 < x ≤ 2, 0.3 above.
        var free = new TermEffect(0, [1.0], [0.5, -0.5], Fill: 0, Centre: 0);
        var dipping = new TermEffect(0, [1.0, 2.0], [0.2, -0.1, 0.3], Fill: 0, Centre: 0);
        var examples = new FrequencyExample[]
        {
            new([0f, 0.5f], 0, 1.0), new([2f, 1.5f], 1, 2.0), new([2f, 3f], 0, 1.0), new([0f, float.NaN], 0, 1.0),
        };
        var model = new AdditiveLogRate(-2, [free, dipping with { Centre = examples.Average(e => dipping.Effect(e.Features[1])) }]);

        var monotone = MonotoneConstraint.Enforce(model, [false, true], examples);

        // The first interval holds exposure 1 (x = 0.5) + 1 (NaN, filled with 0), the second 2: 0.2 and −0.1 pool to 0.05.
        Assert.Equal([0.05, 0.05, 0.3], monotone.Terms[1].Steps.Select(v => Math.Round(v, 12)));
        Assert.Same(model.Terms[0], monotone.Terms[0]);
        // The intercept moves with the pooled term's centre, so the free term's contributions and the intercept less the
        // centres are unchanged.
        Assert.Equal(model.Intercept - model.Terms.Sum(t => t.Centre), monotone.Intercept - monotone.Terms.Sum(t => t.Centre), 12);
        Assert.Equal(examples.Average(e => monotone.Terms[1].Effect(e.Features[1])), monotone.Terms[1].Centre, 12);
    }

    [Fact]
    public void A_negative_slope_on_an_increasing_term_is_refused()
    {
        var model = new AdditiveLogRate(0, [TermEffect.Linear(-0.1, 1)]);

        Assert.Throws<InvalidOperationException>(() => MonotoneConstraint.Enforce(model, [true], [new([1f], 0, 1.0)]));
    }

    [Fact]
    public void A_pair_table_is_pooled_along_its_increasing_term_with_the_other_term_fixed()
    {
        // Term 0 must not decrease, term 1 is free. Cells (term 0's interval, term 1's): (0,0) 0.3, (0,1) 0.0, (1,0) 0.1, (1,1) 0.2.
        var pair = new PairEffect(0, 1, [1.0], [1.0], [0.3, 0.0, 0.1, 0.2], FirstFill: 0, SecondFill: 0, Centre: 0);
        var examples = new FrequencyExample[] { new([0.5f, 0.5f], 0, 1.0), new([2f, 0.5f], 0, 3.0), new([0.5f, 2f], 0, 1.0), new([2f, 2f], 0, 1.0) };
        var model = new AdditiveLogRate(-2, [TermEffect.Linear(0, 0), TermEffect.Linear(0, 0)]) { Pairs = [pair] };

        var monotone = MonotoneConstraint.Enforce(model, [true, false], examples);

        // Along term 0 at term 1's first interval, 0.3 (exposure 1) then 0.1 (exposure 3) pool to 0.15; the second line
        // (0.0, 0.2) rises already, and the fall along the free term 1 (0.3 → 0.0) is left alone.
        Assert.Equal([0.15, 0.0, 0.15, 0.2], monotone.Pairs.Single().Cells.Select(v => Math.Round(v, 12)));
        Assert.Equal(0.125, monotone.Pairs.Single().Centre, 12);
        Assert.Equal(model.Intercept - pair.Centre, monotone.Intercept - monotone.Pairs.Single().Centre, 12);
    }

    [Fact]
    public void A_pair_of_two_increasing_terms_is_made_non_decreasing_both_ways()
    {
        var random = new Random(3);
        var cells = Enumerable.Range(0, 16).Select(_ => random.NextDouble() - 0.5).ToArray();
        var pair = new PairEffect(0, 1, [1.0, 2.0, 3.0], [1.0, 2.0, 3.0], [.. cells], FirstFill: 0, SecondFill: 0, Centre: 0);
        var examples = Enumerable.Range(0, 200).Select(_ => new FrequencyExample([(float)(random.NextDouble() * 4), (float)(random.NextDouble() * 4)], 0, random.NextDouble())).ToArray();
        var model = new AdditiveLogRate(0, [TermEffect.Linear(0, 0), TermEffect.Linear(0, 0)]) { Pairs = [pair] };

        var pooled = MonotoneConstraint.Enforce(model, [true, true], examples).Pairs.Single();

        for (var i = 0; i < 4; i++)
        {
            for (var k = 0; k < 4; k++)
            {
                Assert.True(i == 3 || pooled.Cells[i * 4 + k] <= pooled.Cells[(i + 1) * 4 + k], $"falls along the first term at ({i}, {k})");
                Assert.True(k == 3 || pooled.Cells[i * 4 + k] <= pooled.Cells[i * 4 + k + 1], $"falls along the second term at ({i}, {k})");
            }
        }

        Assert.NotEqual(cells, pooled.Cells);
    }
}
