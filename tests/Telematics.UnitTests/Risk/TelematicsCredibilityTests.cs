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

    [Theory]
    [InlineData(2_000, 100.0, 0.2)]
    [InlineData(2_000, 0.0, 0)]
    [InlineData(2_000, 1_000.0, 1)]
    [InlineData(2_000, null, 1)]
    [InlineData(100, 300.0, 0.2)]
    public void Only_miles_harsh_events_could_show_on_earn_credibility(double miles, double? harshObservedMiles, double credibility)
    {
        var features = new DriverFeatures { TotalMilesDriven = miles, ExposureDays = 365, HarshObservedMiles = harshObservedMiles };

        Assert.Equal(credibility, TelematicsCredibility.Of(features), 12);
    }

    [Fact]
    public void A_driver_without_trips_has_no_telematics_credibility()
    {
        Assert.Equal(0, TelematicsCredibility.Of(null));
    }
}
