using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class RiskCategoriesTests
{
    [Theory]
    [InlineData(0.0, RiskCategory.Low)]
    [InlineData(0.7499, RiskCategory.Low)]
    [InlineData(0.75, RiskCategory.Moderate)]
    [InlineData(1.0, RiskCategory.Moderate)]
    [InlineData(1.2499, RiskCategory.Moderate)]
    [InlineData(1.25, RiskCategory.High)]
    [InlineData(1.9999, RiskCategory.High)]
    [InlineData(2.0, RiskCategory.VeryHigh)]
    [InlineData(8.0, RiskCategory.VeryHigh)]
    public void Categories_cut_the_multiple_of_the_portfolio_claim_rate_at_0_75_1_25_and_2(double multiple, RiskCategory category)
    {
        Assert.Equal(category, RiskCategories.FromRelativeFrequency(multiple));
    }
}
