using Telematics.Simulator.Devices;

namespace Telematics.UnitTests.Simulator;

public sealed class DeviceLoadSettingsTests
{
    [Fact]
    public void The_active_devices_share_the_total_rate_in_frames_of_the_given_size()
    {
        var settings = new DeviceLoadSettings(IdleConnections: 10_000, ActiveDevices: 50, RecordsPerSecond: 50_000, RecordsPerFrame: 50, DurationS: 30);

        Assert.Equal((0.05, 600L), (settings.FrameIntervalS, settings.FramesPerDevice));
    }
}
