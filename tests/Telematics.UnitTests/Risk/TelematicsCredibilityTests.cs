using Telematics.Drivers;
using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class TelematicsCredibilityTests
{
    [Theory]
    [InlineData(0, 365, 0)]
    [InlineData(125, 365, 0.25)]
    [InlineData(500, 365, 1)]
    [InlineData(20_000, 365, 1)]
    [InlineData(20_000, 7, 0.25)]
    [InlineData(250, 14, 0.5)]
    public void Credibility_grows_with_miles_and_days_to_full_at_500_miles_over_28_days(double miles, double days, double credibility)
    {
        Assert.Equal(credibility, TelematicsCredibility.Of(new DriverFeatures { TotalMilesDriven = miles, ExposureDays = days }), 12);
    }

    [Fact]
    public void A_driver_without_trips_has_no_telematics_credibility()
    {
        Assert.Equal(0, TelematicsCredibility.Of(null));
    }
}
