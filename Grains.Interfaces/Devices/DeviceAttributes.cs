namespace Telematics.Devices;

/// <summary>
/// Names of the <see cref="Telematics.Telemetry.TelematicsEvent.Attributes"/> that device listeners fill, so that
/// readers do not depend on one protocol's numbering. Values are invariant-culture strings in the unit the name says.
/// </summary>
public static class DeviceAttributes
{
    /// <summary>The device's own motion sensor: "true" while the vehicle moves.</summary>
    public const string Movement = "movement";

    /// <summary>The device's total odometer, metres.</summary>
    public const string OdometerM = "odometerM";

    /// <summary>Accelerometer axes in the device's own frame, milli-g, signed.</summary>
    public const string AxisXMilliG = "axisXmG";
    public const string AxisYMilliG = "axisYmG";
    public const string AxisZMilliG = "axisZmG";

    /// <summary>Alarms the device raised with this fix, comma-separated: the values of <see cref="DeviceAlarms"/>.</summary>
    public const string Alarm = "alarm";

    /// <summary>The speed at which the device raised its overspeed event, km/h.</summary>
    public const string OverspeedKmh = "overspeedKmh";

    /// <summary>GNSS satellites in use; 0 means the fix repeats the last known position.</summary>
    public const string Satellites = "satellites";

    /// <summary>Altitude above sea level, metres.</summary>
    public const string AltitudeM = "altitudeM";

    /// <summary>Phone or tracker battery charge, percent.</summary>
    public const string BatteryPercent = "batteryPercent";

    /// <summary>The prefix of a value we keep as the device sent it, followed by the protocol's own key (<c>io66</c>).</summary>
    public const string RawPrefix = "io";
}
