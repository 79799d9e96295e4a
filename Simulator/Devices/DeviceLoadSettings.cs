namespace Telematics.Simulator.Devices;

/// <summary>What a <c>devices</c> run offers: idle connections, and active devices sharing a total record rate.</summary>
public sealed record DeviceLoadSettings(int IdleConnections, int ActiveDevices, double RecordsPerSecond, int RecordsPerFrame, double DurationS)
{
    /// <summary>Each active device sends a frame this often, so that all of them together offer the total rate.</summary>
    public double FrameIntervalS => ActiveDevices * RecordsPerFrame / RecordsPerSecond;

    public long FramesPerDevice => (long)Math.Round(DurationS / FrameIntervalS);
}
