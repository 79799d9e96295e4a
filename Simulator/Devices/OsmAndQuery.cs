using System.Globalization;
using Telematics.Telemetry;

namespace Telematics.Simulator.Devices;

/// <summary>
/// An event as the OsmAnd protocol's query form carries it (legacy Traccar Client, OsmAnd's online tracking): one
/// position per request, speed in knots. The form has no accelerometer or phone-use fields, so a platform fed by it
/// sees what a phone app would send: harsh events come from the change of speed alone.
/// </summary>
public static class OsmAndQuery
{
    private const double KnotsPerMps = 3600 / 1852.0;

    /// <summary>The device id under which the simulator registers a vehicle's OsmAnd device.</summary>
    public static string DeviceIdOf(string vehicleId) => $"osmand-{vehicleId}";

    /// <summary>The request path and query; the timestamp is ISO-8601 to the microsecond, so 10 Hz fixes stay apart.</summary>
    public static string PathAndQuery(string deviceId, TelematicsEvent e)
    {
        var query = string.Create(CultureInfo.InvariantCulture,
            $"/?id={Uri.EscapeDataString(deviceId)}&timestamp={Uri.EscapeDataString(e.Timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))}"
            + $"&lat={e.Latitude:R}&lon={e.Longitude:R}&speed={e.SpeedMps * KnotsPerMps:R}&bearing={e.HeadingDeg:R}");
        if (e.AccuracyM is { } accuracy)
        {
            query += string.Create(CultureInfo.InvariantCulture, $"&accuracy={accuracy:R}");
        }

        return e.Ignition is { } ignition ? query + (ignition ? "&ignition=true" : "&ignition=false") : query;
    }
}
