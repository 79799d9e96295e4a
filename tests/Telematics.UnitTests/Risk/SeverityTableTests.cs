using Telematics.Drivers;
using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class SeverityTableTests
{
    private static readonly RatingVariables Commuter = new(40, Sex.Female, 5, MaritalStatus.Married, CarUse.Commute, 750, Region.Urban, 8_000, 20, 35);

    private static PortfolioPolicy Policy(RatingVariables rating, int claims, double paid) =>
        new(rating, new DriverFeatures { ExposureDays = 365.25 }, claims, paid);

    [Fact]
    public void Segment_mean_is_blended_with_the_portfolio_mean_by_credibility()
    {
        var farmer = Commuter with { CarUse = CarUse.Farmer };
        PortfolioPolicy[] policies = [Policy(Commuter, 2, 6_000), Policy(Commuter, 1, 0), Policy(farmer, 1, 8_000)];

        var table = SeverityTable.Fit(policies, credibilityClaims: 1);

        // Overall 14,000 / 4 = 3,500. Commuters: 3 claims, mean 2,000, Z = 3/4 → 0.75·2,000 + 0.25·3,500.
        Assert.Equal(3_500, table.OverallMean, 9);
        Assert.Equal(2_375, table.For(Commuter), 9);
        Assert.Equal(0.5 * 8_000 + 0.5 * 3_500, table.For(farmer), 9);
        Assert.Equal(3_500, table.For(Commuter with { Region = Region.Rural }), 9);
    }
}
