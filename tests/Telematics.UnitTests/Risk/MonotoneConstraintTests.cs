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
}
