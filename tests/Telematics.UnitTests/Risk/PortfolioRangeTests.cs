using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class PortfolioRangeTests
{
    [Fact]
    public void The_range_leaves_missing_values_out_and_takes_the_median_not_the_mean()
    {
        var range = PortfolioRange.Of([3, double.NaN, 1, 400, 2]);

        Assert.Equal(new PortfolioRange(1, 2.5, 400), range);
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(7, 7)]
    [InlineData(357, 142)]
    [InlineData(double.NaN, double.NaN)]
    public void A_value_outside_the_range_is_capped_at_the_nearer_end(double value, double capped)
    {
        Assert.Equal(capped, new PortfolioRange(1, 4, 142).Cap(value));
    }

    [Theory]
    [InlineData(-0.1, true)]
    [InlineData(-0.01, false)]
    [InlineData(1.01, false)]
    [InlineData(1.2, true)]
    [InlineData(0.5, false)]
    [InlineData(double.NaN, false)]
    public void Only_a_value_beyond_the_range_by_more_than_a_hundredth_of_its_width_is_outside(double value, bool outside)
    {
        Assert.Equal(outside, new PortfolioRange(0, 0.4, 1).IsOutside(value));
    }
}
