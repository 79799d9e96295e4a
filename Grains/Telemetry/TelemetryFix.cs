namespace Telematics.Telemetry;

/// <summary>
/// One fix as a device delivered it, reduced to what cleaning and feature extraction read. A struct without references:
/// a running trip holds thousands of these, and as objects they made every garbage collection trace and move them.
/// </summary>
/// <param name="UtcTicks">The fix time, UTC ticks.</param>
/// <param name="HasAccelerometer">Whether the accelerations are readings (<see cref="DeviceReadings.HasAccelerometer"/>).</param>
/// <param name="DeviceHarshMps2">The intensity of <paramref name="DeviceHarsh"/>; 0 when the device did not say.</param>
public readonly record struct TelemetryFix(
    long UtcTicks,
    double Latitude,
    double Longitude,
    double SpeedMps,
    double AccelLongMps2,
    double AccelLatMps2,
    double? AccuracyM,
    double? SpeedLimitMps,
    bool? Ignition,
    bool PhoneInUse,
    double HeadingDeg = 0,
    bool HasAccelerometer = true,
    DeviceHarshEvent DeviceHarsh = DeviceHarshEvent.None,
    double DeviceHarshMps2 = 0)
{
    public static TelemetryFix From(TelematicsEvent e)
    {
        var (harsh, harshMps2) = DeviceReadings.HarshEvent(e);
        return new(e.Timestamp.UtcTicks, e.Latitude, e.Longitude, e.SpeedMps, e.AccelLongMps2, e.AccelLatMps2, e.AccuracyM, e.SpeedLimitMps,
            e.Ignition, e.PhoneInUse == true, e.HeadingDeg, DeviceReadings.HasAccelerometer(e), harsh, harshMps2);
    }
}
