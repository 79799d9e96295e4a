namespace Telematics.IntegrationTests.Devices;

/// <summary>One fix a simulated device reports.</summary>
public sealed record DeviceFix(DateTimeOffset Time, double Latitude, double Longitude, int SpeedKmh, bool Ignition)
{
    /// <summary>A drive north at 50 km/h, one fix a second, starting an hour ago (whole milliseconds, as devices send).</summary>
    public static List<DeviceFix> Drive(int count)
    {
        var now = DateTimeOffset.UtcNow;
        var start = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds()).AddHours(-1);
        return [.. Enumerable.Range(0, count).Select(i => new DeviceFix(start.AddSeconds(i), 45.5 + i * 0.000125, -73.6, 50, true))];
    }
}
