using Telematics.Api.Fleet;
using Telematics.Simulator.Driving;

namespace Telematics.UnitTests.Simulator;

public sealed class SimulatedTripRequestTests
{
    [Theory]
    [InlineData("safe")]
    [InlineData("Average")]
    [InlineData("RISKY")]
    public void A_built_in_profile_is_named_in_any_case(string profile)
    {
        var request = new SimulatedTripRequest("DRV-0001", profile, 2);

        Assert.Empty(request.Validate(maxLegs: 10));
        Assert.Equal(profile.ToLowerInvariant(), request.DrivingProfile!.Name);
    }

    [Fact]
    public void The_length_may_be_left_out()
    {
        Assert.Empty(new SimulatedTripRequest("DRV-0001", "safe", null).Validate(maxLegs: 10));
    }

    [Fact]
    public void Each_bad_field_is_named_with_what_it_must_be()
    {
        var errors = new SimulatedTripRequest("<DRV>", "reckless", 11).Validate(maxLegs: 10);

        Assert.Equal(["driverId", "legs", "profile"], errors.Keys.Order());
        Assert.Equal("must be one of safe, average, risky.", Assert.Single(errors["profile"]));
        Assert.Equal("must be between 1 and 10.", Assert.Single(errors["legs"]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_driver_is_required(string? driverId)
    {
        Assert.Contains("driverId", new SimulatedTripRequest(driverId, "safe", 1).Validate(maxLegs: 10).Keys);
    }

    [Fact]
    public void A_driver_id_too_long_for_its_simulator_vehicle_is_refused()
    {
        var longest = new string('D', SimulatedTripRequest.MaxDriverIdLength);

        Assert.Empty(new SimulatedTripRequest(longest, "safe", 1).Validate(maxLegs: 10));
        Assert.True(Telematics.Ids.EntityId.IsValid(DriveSimulator.VehicleOf(longest)));
        Assert.Contains("driverId", new SimulatedTripRequest(longest + "D", "safe", 1).Validate(maxLegs: 10).Keys);
    }

    [Fact]
    public void The_profiles_offered_are_the_built_in_ones()
    {
        Assert.Equal(DrivingProfile.BuiltIn.Select(p => p.Name), SimulatedTripRequest.Profiles);
    }
}
