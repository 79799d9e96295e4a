using System.Globalization;
using Telematics.Devices;

namespace Telematics.Telemetry;

/// <summary>Reads what the device listeners said about their sensors from an event's attributes.</summary>
public static class DeviceReadings
{
    /// <summary>False only when the device said it has no accelerometer in the vehicle's frame.</summary>
    public static bool HasAccelerometer(TelematicsEvent e) =>
        e.Attributes?.TryGetValue(DeviceAttributes.Accelerometer, out var value) != true || value != "false";

    /// <summary>The harsh manoeuvre the device raised with this fix, and its intensity (0 when it did not say).</summary>
    public static (DeviceHarshEvent Kind, double IntensityMps2) HarshEvent(TelematicsEvent e)
    {
        if (e.Attributes is not { } attributes || !attributes.TryGetValue(DeviceAttributes.Alarm, out var alarm))
        {
            return (DeviceHarshEvent.None, 0);
        }

        // A fix carries one green-driving event at most; an alarm list naming several is read in this order.
        var kind = alarm.Contains(DeviceAlarms.HardBraking, StringComparison.Ordinal) ? DeviceHarshEvent.Braking
            : alarm.Contains(DeviceAlarms.HardAcceleration, StringComparison.Ordinal) ? DeviceHarshEvent.Acceleration
            : alarm.Contains(DeviceAlarms.HardCornering, StringComparison.Ordinal) ? DeviceHarshEvent.Cornering
            : DeviceHarshEvent.None;
        var intensity = kind != DeviceHarshEvent.None
            && attributes.TryGetValue(DeviceAttributes.HarshIntensityMps2, out var text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && double.IsFinite(parsed)
                ? Math.Abs(parsed)
                : 0;
        return (kind, intensity);
    }
}
