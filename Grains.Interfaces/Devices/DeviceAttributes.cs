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

    /// <summary>
    /// "false" when the device measures no acceleration in the vehicle's frame (phones over OsmAnd, trackers whose axes are
    /// in their own mounting frame): its <c>AccelLongMps2</c> and <c>AccelLatMps2</c> are then no readings, and trip
    /// features derive acceleration from speed and heading instead. Absent means the accelerations are readings, as every
    /// client of the batch API sent them before this attribute existed.
    /// </summary>
    public const string Accelerometer = "accelerometer";

    /// <summary>
    /// The peak intensity of the harsh acceleration, braking or cornering the device itself detected (its
    /// <see cref="DeviceAlarms"/> say which), m/s², not negative.
    /// </summary>
    public const string HarshIntensityMps2 = "harshMps2";

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
