namespace Telematics.Telemetry;

/// <summary>
/// One fix as a device delivered it, reduced to what cleaning and feature extraction read. A struct without references:
/// a running trip holds thousands of these, and as objects they made every garbage collection trace and move them.
/// </summary>
/// <param name="UtcTicks">The fix time, UTC ticks.</param>
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
    bool PhoneInUse)
{
    public static TelemetryFix From(TelematicsEvent e) => new(
        e.Timestamp.UtcTicks, e.Latitude, e.Longitude, e.SpeedMps, e.AccelLongMps2, e.AccelLatMps2, e.AccuracyM, e.SpeedLimitMps, e.Ignition, e.PhoneInUse == true);
}
