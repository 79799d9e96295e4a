using System.Globalization;
using Telematics.Devices;
using Telematics.Telemetry;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// Turns a Teltonika record into our SI event: km/h to m/s, ignition to its field, the device's green-driving events
/// to alarms with their intensity, and every other IO element into <see cref="TelematicsEvent.Attributes"/>.
/// </summary>
/// <remarks>
/// Differences from Traccar, and why:
/// <list type="bullet">
/// <item>Speed always comes from the GPS element. Traccar lets IO 24 override it for FMB models only; the GPS element
/// means the same on every model and needs no model table.</item>
/// <item>Axes 17/18/19 are kept as attributes, not turned into acceleration: they are in the device's frame, which
/// depends on how it was mounted. So every record says <see cref="DeviceAttributes.Accelerometer"/> "false" and carries
/// no acceleration: trip features derive it from speed and heading. The device's own harsh acceleration/braking events
/// (IO 253 with IO 254 in g × 100) are harsh events in their own right: an alarm with its intensity,
/// <see cref="DeviceAttributes.HarshIntensityMps2"/>. Held as an acceleration reading, a 0.5 g event in a record 10 s
/// after the last one stood for 10 s of braking.</item>
/// <item>Harsh cornering raises the alarm but sets no lateral acceleration: IO 254 is then rad/s × 100 or g × 100
/// depending on the device's configured source, which the packet does not say.</item>
/// <item>Crash (247) and overspeed (255) become alarms on every model, not only FMB: an insurer wants them whenever
/// they are sent, and no other family reuses those ids for something else.</item>
/// </list>
/// </remarks>
public static class TeltonikaEventMapper
{
    private const double StandardGravityMps2 = 9.80665;

    /// <summary>Null for a record without coordinates, which has no position to store.</summary>
    public static TelematicsEvent? ToEvent(TeltonikaRecord record)
    {
        if (!record.HasLocation)
        {
            return null;
        }

        var attributes = new Dictionary<string, string>(record.IoElements.Length + 4)
        {
            [DeviceAttributes.Satellites] = Text(record.Satellites),
            [DeviceAttributes.AltitudeM] = Text(record.AltitudeM),
            [DeviceAttributes.Accelerometer] = "false",
        };
        bool? ignition = null;
        List<string>? alarms = null;
        ulong greenDrivingType = 0;
        ulong greenDrivingValue = 0;
        foreach (var io in record.IoElements)
        {
            switch (io.Id)
            {
                case TeltonikaIoIds.Ignition:
                    ignition = io.Value != 0;
                    break;
                case TeltonikaIoIds.Movement:
                    attributes[DeviceAttributes.Movement] = io.Value != 0 ? "true" : "false";
                    break;
                case TeltonikaIoIds.TotalOdometer:
                    attributes[DeviceAttributes.OdometerM] = Text(io.Value);
                    break;
                case TeltonikaIoIds.AxisX or TeltonikaIoIds.AxisY or TeltonikaIoIds.AxisZ:
                    attributes[AxisName(io.Id)] = Text((short)io.Value);
                    break;
                case TeltonikaIoIds.GreenDrivingType:
                    greenDrivingType = io.Value;
                    (alarms ??= []).AddRange(GreenDrivingAlarm(io.Value));
                    break;
                case TeltonikaIoIds.GreenDrivingValue:
                    greenDrivingValue = io.Value;
                    KeepRaw(attributes, io);
                    break;
                case TeltonikaIoIds.OverSpeeding when io.Value != 0:
                    attributes[DeviceAttributes.OverspeedKmh] = Text(io.Value);
                    (alarms ??= []).Add(DeviceAlarms.Overspeed);
                    break;
                case TeltonikaIoIds.Crash when io.Value != 0:
                    (alarms ??= []).Add(DeviceAlarms.Accident);
                    KeepRaw(attributes, io);
                    break;
                default:
                    KeepRaw(attributes, io);
                    break;
            }
        }

        if (greenDrivingType is 1 or 2)
        {
            attributes[DeviceAttributes.HarshIntensityMps2] = Text(greenDrivingValue / 100.0 * StandardGravityMps2);
        }

        if (alarms is not null)
        {
            attributes[DeviceAttributes.Alarm] = string.Join(',', alarms);
        }

        return new TelematicsEvent(record.Timestamp, record.Latitude, record.Longitude, record.SpeedKmh / 3.6, record.AngleDeg,
            0, 0, Ignition: ignition, Attributes: attributes);
    }

    /// <summary>Ids we do not interpret keep the device's number, so nothing it sent is lost to a later re-score.</summary>
    private static void KeepRaw(Dictionary<string, string> attributes, TeltonikaIoElement io) =>
        attributes[DeviceAttributes.RawPrefix + Text(io.Id)] = io.Bytes is null ? Text(io.Value) : Convert.ToHexString(io.Bytes);

    private static string AxisName(ushort id) => id switch
    {
        TeltonikaIoIds.AxisX => DeviceAttributes.AxisXMilliG,
        TeltonikaIoIds.AxisY => DeviceAttributes.AxisYMilliG,
        _ => DeviceAttributes.AxisZMilliG,
    };

    private static IEnumerable<string> GreenDrivingAlarm(ulong type) => type switch
    {
        1 => [DeviceAlarms.HardAcceleration],
        2 => [DeviceAlarms.HardBraking],
        3 => [DeviceAlarms.HardCornering],
        _ => [],
    };

    private static string Text<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
