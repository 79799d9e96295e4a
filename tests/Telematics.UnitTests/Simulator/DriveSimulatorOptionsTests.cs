using Microsoft.Extensions.Configuration;
using Telematics.Api.Fleet;

namespace Telematics.UnitTests.Simulator;

public sealed class DriveSimulatorOptionsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void It_runs_in_Embedded_mode_by_default()
    {
        Assert.True(DriveSimulatorOptions.Runs(Settings()));
        Assert.True(DriveSimulatorOptions.Runs(Settings(("Telematics:Mode", "Embedded"))));
    }

    [Fact]
    public void It_is_off_in_the_other_modes_unless_turned_on()
    {
        Assert.False(DriveSimulatorOptions.Runs(Settings(("Telematics:Mode", "Postgres"))));
        Assert.True(DriveSimulatorOptions.Runs(Settings(("Telematics:Mode", "Postgres"), ("Telematics:DriveSimulator:Enabled", "true"))));
    }

    [Fact]
    public void It_can_be_turned_off_in_Embedded_mode()
    {
        Assert.False(DriveSimulatorOptions.Runs(Settings(("Telematics:DriveSimulator:Enabled", "false"))));
    }
}
