using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class AdditiveBlendTests
{
    // A GLM-like line and a stumps-like step function (0.1 up to 2, 0.3 up to 5, −0.2 above), both filling with 4.
    private static readonly TermEffect Line = TermEffect.Linear(0.5, mean: 4);
    private static readonly TermEffect Steps = new(0, [2.0, 5.0], [0.1, 0.3, -0.2], Fill: 4, Centre: 0.05);
    private static readonly TermEffect OtherSteps = new(0, [3.0], [0.4, -0.4], Fill: 4, Centre: -0.1);

    [Theory]
    [InlineData(1f)]
    [InlineData(2f)]
    [InlineData(2.5f)]
    [InlineData(3f)]
    [InlineData(4f)]
    [InlineData(5f)]
    [InlineData(9f)]
    [InlineData(float.NaN)]
    public void A_blended_term_is_the_mean_of_both_effects_and_contributions(float x)
    {
        foreach (var (a, b) in new[] { (Line, Steps), (Steps, OtherSteps) })
        {
            var blend = AdditiveBlend.Average(a, b);

            Assert.Equal((a.Effect(x) + b.Effect(x)) / 2, blend.Effect(x), 12);
            Assert.Equal((a.Contribution(x) + b.Contribution(x)) / 2, blend.Contribution(x), 12);
        }
    }

    [Fact]
    public void A_blended_model_scores_the_mean_log_rate_and_its_contributions_add_up()
    {
        var glm = new AdditiveLogRate(-3, [Line, Line]);
        var stumps = new AdditiveLogRate(-2.5, [Steps, OtherSteps]);
        float[] driver = [2.5f, 3.5f];

        var blend = AdditiveBlend.Average(glm, stumps);

        Assert.Equal((glm.LogRate(driver) + stumps.LogRate(driver)) / 2, blend.LogRate(driver), 12);
        Assert.Equal(blend.LogRate(driver) - blend.Intercept, blend.Terms.Select((t, j) => t.Contribution(driver[j])).Sum(), 12);
    }

    [Fact]
    public void A_blend_with_pairwise_trees_takes_half_of_each_pair_table()
    {
        var glm = new AdditiveLogRate(-3, [Line, Line]);
        var trees = new AdditiveLogRate(-2.5, [Steps, OtherSteps])
        {
            Pairs = [new PairEffect(0, 1, [3.0], [3.0], [0.0, 0.2, 0.4, 0.8], FirstFill: 4, SecondFill: 4, Centre: 0.3)],
        };
        float[] driver = [3.5f, 2.5f];

        var blend = AdditiveBlend.Average(glm, trees);

        Assert.Equal((glm.LogRate(driver) + trees.LogRate(driver)) / 2, blend.LogRate(driver), 12);
        Assert.Equal((0.4 - 0.3) / 2, blend.Pairs.Single().Contribution(driver), 12);
    }

    [Fact]
    public void Models_of_different_terms_do_not_blend()
    {
        Assert.Throws<ArgumentException>(() => AdditiveBlend.Average(new AdditiveLogRate(0, [Line]), new AdditiveLogRate(0, [Line, Steps])));
    }
}
