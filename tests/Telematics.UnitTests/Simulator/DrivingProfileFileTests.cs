using System.Text.Json;
using Telematics.Simulator.Api;
using Telematics.Simulator.Driving;

namespace Telematics.UnitTests.Simulator;

public sealed class DrivingProfileFileTests : IDisposable
{
    private readonly string _path = Path.GetTempFileName();

    [Fact]
    public void Profiles_round_trip_through_the_file_in_camel_case()
    {
        var courier = DrivingProfile.Risky with { Name = "courier", NightTripShare = 0.3 };
        File.WriteAllText(_path, JsonSerializer.Serialize(new[] { courier, DrivingProfile.Safe }, WireJson.Options));

        Assert.Equal([courier, DrivingProfile.Safe], DrivingProfileFile.Load(_path));
        Assert.Contains("\"harshBrakeMps2\":", File.ReadAllText(_path));
    }

    [Fact]
    public void A_file_with_an_undrivable_profile_is_rejected_naming_the_field()
    {
        File.WriteAllText(_path, JsonSerializer.Serialize(new[] { DrivingProfile.Safe with { Name = "slippery", HarshLateralMps2 = 12 } }, WireJson.Options));

        var error = Assert.Throws<InvalidDataException>(() => DrivingProfileFile.Load(_path));
        Assert.Contains("profile 'slippery': harshLateralMps2 must be between 3.78 and 9 m/s²", error.Message);
    }

    public void Dispose() => File.Delete(_path);
}
