using Telematics.Simulator.Driving;

namespace Telematics.UnitTests.Simulator;

public sealed class DrivingProfileValidatorTests
{
    [Fact]
    public void Built_in_profiles_are_valid() =>
        Assert.All(DrivingProfile.BuiltIn, p => Assert.Empty(DrivingProfileValidator.Validate(p)));

    [Fact]
    public void A_usual_braking_over_the_harsh_threshold_is_named()
    {
        var errors = DrivingProfileValidator.Validate(DrivingProfile.Average with { Name = "heavy", BrakeMps2 = 3 });

        Assert.Equal("profile 'heavy': brakeMps2 must be above 0 and at most 2.48 m/s², under the harsh threshold.", Assert.Single(errors));
    }
}
