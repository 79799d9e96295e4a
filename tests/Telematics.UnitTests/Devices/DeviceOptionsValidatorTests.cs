using Telematics.Api.Devices;

namespace Telematics.UnitTests.Devices;

public sealed class DeviceOptionsValidatorTests
{
    [Fact]
    public void The_defaults_and_switched_off_listeners_are_valid()
    {
        var validator = new DeviceOptionsValidator();

        Assert.True(validator.Validate(null, new DeviceOptions()).Succeeded);
        Assert.True(validator.Validate(null, new DeviceOptions { TeltonikaPort = 0, OsmAndPort = 0 }).Succeeded);
    }

    [Theory]
    [InlineData(70_000, 5055, "0.0.0.0", "TeltonikaPort")]
    [InlineData(5027, -1, "0.0.0.0", "OsmAndPort")]
    [InlineData(5027, 5027, "0.0.0.0", "must differ")]
    [InlineData(5027, 5055, "devices.example", "ListenAddress")]
    public void A_bad_setting_is_named(int teltonikaPort, int osmAndPort, string address, string named)
    {
        var result = new DeviceOptionsValidator().Validate(null,
            new DeviceOptions { TeltonikaPort = teltonikaPort, OsmAndPort = osmAndPort, ListenAddress = address });

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage);
    }
}
