using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class TermEffectTests
{
    // Steps: 0.1 for x ≤ 2, 0.3 for 2 < x ≤ 5, −0.2 above 5; plus 0.01·x.
    private static readonly TermEffect Effect = new(0.01, [2.0, 5.0], [0.1, 0.3, -0.2], Fill: 4, Centre: 0.05);

    [Theory]
    [InlineData(1f, 0.01 + 0.1)]
    [InlineData(2f, 0.02 + 0.1)]
    [InlineData(2.5f, 0.025 + 0.3)]
    [InlineData(5f, 0.05 + 0.3)]
    [InlineData(9f, 0.09 - 0.2)]
    [InlineData(float.NaN, 0.04 + 0.3)]
    public void Effect_is_the_line_plus_the_step_a_tree_would_walk_to(float x, double effect)
    {
        Assert.Equal(effect, Effect.Effect(x), 9);
        Assert.Equal(effect - 0.05, Effect.Contribution(x), 9);
    }

    [Fact]
    public void A_linear_term_contributes_nothing_at_its_mean_or_when_missing()
    {
        var linear = TermEffect.Linear(0.5, mean: 2);

        Assert.Equal(0, linear.Contribution(2f), 12);
        Assert.Equal(0, linear.Contribution(float.NaN), 12);
        Assert.Equal(1, linear.Contribution(4f), 12);
    }

    [Fact]
    public void Log_rate_is_the_intercept_plus_the_contributions()
    {
        var model = new AdditiveLogRate(-3, [TermEffect.Linear(0.5, 2), Effect]);

        Assert.Equal(-3 + 1 + (0.025 + 0.3 - 0.05), model.LogRate([4f, 2.5f]), 9);
    }
}
