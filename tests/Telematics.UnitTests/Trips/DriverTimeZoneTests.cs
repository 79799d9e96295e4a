using Telematics.Trips;

namespace Telematics.UnitTests.Trips;

/// <summary>A trip's local-time features read the driver's own zone, given at registration, instead of the configured one.</summary>
public sealed class DriverTimeZoneTests
{
    // 02:30 on Wednesday 7 January 2026 in Vancouver (UTC-8) is 05:30 in Toronto (UTC-5): night (00:00-04:00) only in
    // Vancouver. Ten minutes of fixes at 1 Hz are 599 s of moving time.
    private static readonly DateTimeOffset HalfPastTwoInVancouver = new(2026, 1, 7, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Half_past_two_in_Vancouver_is_night_for_a_Vancouver_driver_and_not_for_a_Toronto_one()
    {
        var events = new TripBuilder(HalfPastTwoInVancouver).Cruise(20, 600).Build();
        var configured = new TripFeatureOptions { TimeZoneId = "America/Toronto" };

        var vancouver = TripFeaturesOf.Events(events, configured.WithTimeZone("America/Vancouver"));
        var toronto = TripFeaturesOf.Events(events, configured);

        Assert.Equal(vancouver.DistanceM, vancouver.NightDistanceM);
        Assert.Equal(599, vancouver.NightMovingTimeS, precision: 6);
        Assert.Equal(0, toronto.NightDistanceM);
        Assert.Equal(0, toronto.NightMovingTimeS);
        Assert.Equal(vancouver.DistanceM, toronto.DistanceM);
    }

    [Fact]
    public void A_driver_zone_changes_only_the_zone_of_the_options()
    {
        var configured = new TripFeatureOptions { TimeZoneId = "America/Toronto", NightEndHour = 5, MovingSpeedMps = 2 };

        var driver = configured.WithTimeZone("America/Vancouver");

        Assert.Equal(("America/Vancouver", 5, 2.0), (driver.TimeZoneId, driver.NightEndHour, driver.MovingSpeedMps));
        Assert.Equal("America/Toronto", configured.TimeZoneId);
    }
}
