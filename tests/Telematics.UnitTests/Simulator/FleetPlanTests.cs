using Telematics.Simulator.Fleet;

namespace Telematics.UnitTests.Simulator;

public sealed class FleetPlanTests
{
    [Fact]
    public void A_fleet_spreads_its_drivers_over_the_zones_of_their_home_cities()
    {
        var fleet = FleetPlan.Create(8);

        Assert.Equal(
            ["America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg", "America/Halifax", "America/Toronto", "America/Vancouver", "America/Edmonton"],
            fleet.Select(m => m.TimeZoneId));
        Assert.All(fleet, m =>
        {
            var city = HomeCity.All.Single(c => c.TimeZoneId == m.TimeZoneId);
            Assert.InRange(m.HomeLatitude, city.Latitude, city.Latitude + 0.15);
            Assert.InRange(m.HomeLongitude, city.Longitude, city.Longitude + 0.2);
            Assert.True(m.TimeZone.HasIanaId);
        });
    }
}
