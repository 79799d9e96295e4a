using Telematics.Pricing;
using Telematics.Risk;

namespace Telematics.UnitTests.Pricing;

public sealed class PremiumCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly PricingOptions Options = new();

    private static RiskAssessment Risk(double classical, double telematics) =>
        new(classical, telematics, ExpectedSeverity: 5_000, Score: 50, RiskCategory.Moderate, "test", RelativeToAverage: 1, Credibility: 1, MilesDriven: 1_000);

    [Fact]
    public void Traditional_premium_is_expected_cost_grossed_up_by_the_loadings()
    {
        var quote = PremiumCalculator.Calculate(Risk(0.05, 0.05), 5_000, Options, Now);

        // 0.05 claims × 5,000 per claim / (1 − 0.25 − 0.05)
        Assert.Equal(357.14m, quote.TraditionalPremium);
        Assert.Equal(357.14m, quote.TelematicsPremium);
        Assert.Equal(0, quote.DiscountPct, precision: 9);
    }

    [Fact]
    public void Telematics_premium_follows_the_ratio_of_expected_costs()
    {
        var quote = PremiumCalculator.Calculate(Risk(0.05, 0.04), 5_000, Options, Now);

        Assert.Equal(0.20, quote.DiscountPct, precision: 9);
        Assert.Equal(285.71m, quote.TelematicsPremium);
    }

    [Fact]
    public void Discount_is_capped()
    {
        var quote = PremiumCalculator.Calculate(Risk(0.05, 0.01), 5_000, Options, Now);

        Assert.Equal(0.45, quote.DiscountPct, precision: 9);
        Assert.Contains("discount cap", quote.Reason);
    }

    [Fact]
    public void Surcharge_is_capped()
    {
        var quote = PremiumCalculator.Calculate(Risk(0.05, 0.5), 5_000, Options, Now);

        Assert.Equal(-0.30, quote.DiscountPct, precision: 9);
        Assert.Contains("surcharge cap", quote.Reason);
    }

    [Fact]
    public void Too_few_miles_keeps_the_traditional_premium_and_says_why()
    {
        var quote = PremiumCalculator.Calculate(Risk(0.05, 0.01), 120, Options, Now);

        Assert.Equal(quote.TraditionalPremium, quote.TelematicsPremium);
        Assert.Contains("120 miles", quote.Reason);
    }

    [Fact]
    public void Premium_uses_the_expected_cost_of_each_claim()
    {
        var quote = PremiumCalculator.Calculate(Risk(0.05, 0.05) with { ExpectedSeverity = 3_500 }, 5_000, Options, Now);

        // 0.05 × 3,500 / 0.70
        Assert.Equal(250.00m, quote.TraditionalPremium);
    }

    [Fact]
    public void Surcharge_cap_is_configurable()
    {
        var quote = PremiumCalculator.Calculate(Risk(0.05, 0.5), 5_000, new PricingOptions { MaxSurcharge = 0.10 }, Now);

        Assert.Equal(-0.10, quote.DiscountPct, precision: 9);
    }

    [Theory]
    [InlineData(0.46, 0.30)]
    [InlineData(-0.01, 0.30)]
    [InlineData(0.45, -0.01)]
    public void Caps_outside_their_range_are_refused(double maxDiscount, double maxSurcharge)
    {
        var options = new PricingOptions { MaxDiscount = maxDiscount, MaxSurcharge = maxSurcharge };

        var error = Assert.Throws<ArgumentException>(() => PremiumCalculator.Calculate(Risk(0.05, 0.01), 5_000, options, Now));
        Assert.Contains("MaxDiscount", error.Message);
    }
}
