namespace Telematics.Telemetry;

/// <summary>
/// One event after cleaning, laid out flat so that feature extraction walks a contiguous array.
/// </summary>
/// <param name="UtcTicks">The fix time, UTC ticks; strictly increasing along a cleaned trip.</param>
/// <param name="HasPosition">False when the position failed a quality rule; the other readings still count.</param>
/// <param name="SpeedLimitMps">The limit the device or map reported for this fix, if any.</param>
/// <param name="HasAccelerometer">Whether the accelerations are readings; when not they are 0 and features derive them.</param>
/// <param name="DeviceHarsh">The harsh manoeuvre the device itself raised with this fix, if any.</param>
/// <param name="DeviceHarshMps2">Its intensity; 0 when the device did not say.</param>
public readonly record struct TelemetrySample(
    long UtcTicks,
    double Latitude,
    double Longitude,
    bool HasPosition,
    double SpeedMps,
    double AccelLongMps2,
    double AccelLatMps2,
    double? SpeedLimitMps,
    bool PhoneInUse,
    double HeadingDeg = 0,
    bool HasAccelerometer = true,
    DeviceHarshEvent DeviceHarsh = DeviceHarshEvent.None,
    double DeviceHarshMps2 = 0);
