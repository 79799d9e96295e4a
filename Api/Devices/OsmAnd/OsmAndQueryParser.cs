using System.Globalization;
using Microsoft.Extensions.Primitives;
using Telematics.Devices;

namespace Telematics.Api.Devices.OsmAnd;

/// <summary>
/// The query form of the OsmAnd protocol (legacy Traccar Client, OsmAnd's online tracking, scripts and gateways):
/// <c>id, timestamp, lat, lon, speed (knots), bearing, altitude, accuracy, batt</c> and free attributes.
/// </summary>
public static class OsmAndQueryParser
{
    private const double MpsPerKnot = 1852.0 / 3600;

    /// <summary>Fields read into the position itself; every other parameter is kept as an attribute.</summary>
    private static readonly HashSet<string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "deviceid", "timestamp", "lat", "lon", "location", "speed", "bearing", "heading", "accuracy", "ignition",
        "altitude", "batt", OsmAndKey.Parameter,
    };

    /// <summary>False, with the offending parameter named in <paramref name="error"/>, when a value does not parse.</summary>
    public static bool TryParse(IEnumerable<KeyValuePair<string, StringValues>> query, out OsmAndPosition position, out string error)
    {
        var parameters = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var bad = new List<string>();
        var attributes = parameters.Where(p => !Fields.Contains(p.Key)).ToDictionary(p => p.Key, p => string.Join(';', p.Value.ToArray()));
        var (latitude, longitude) = Coordinates();
        var timestamp = Text("timestamp") is { } t ? OsmAndTimestamp.TryParse(t, out var parsed) ? parsed : Bad<DateTimeOffset>("timestamp") : (DateTimeOffset?)null;
        var ignition = Text("ignition") is { } i ? bool.TryParse(i, out var on) ? on : Bad<bool>("ignition") : (bool?)null;
        Keep(DeviceAttributes.AltitudeM, Number("altitude"));
        Keep(DeviceAttributes.BatteryPercent, Number("batt"));

        position = new OsmAndPosition(Text("id") ?? Text("deviceid"), timestamp, latitude, longitude, Number("speed") * MpsPerKnot,
            Number("bearing") ?? Number("heading"), Number("accuracy"), ignition, attributes) { Key = Text(OsmAndKey.Parameter) };
        error = bad.Count == 0 ? "" : $"Not understood: {string.Join(", ", bad)}.";
        return bad.Count == 0;

        string? Text(string key) => parameters.TryGetValue(key, out var values) && !StringValues.IsNullOrEmpty(values) ? values[0] : null;

        double? Number(string key) => Text(key) is { } text ? Finite(text) ?? Bad<double>(key) : null;

        (double?, double?) Coordinates()
        {
            if (Text("location") is not { } location)
            {
                return (Number("lat"), Number("lon"));
            }

            var parts = location.Split(',');
            return parts.Length == 2 && Finite(parts[0]) is { } lat && Finite(parts[1]) is { } lon
                ? (lat, lon)
                : (Bad<double>("location"), null);
        }

        // "NaN" and "Infinity" parse as doubles, and every range test is false for NaN, so they are refused here.
        static double? Finite(string text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

        void Keep(string name, double? value)
        {
            if (value is { } v)
            {
                attributes[name] = v.ToString("R", CultureInfo.InvariantCulture);
            }
        }

        T? Bad<T>(string key) where T : struct
        {
            bad.Add(key);
            return null;
        }
    }
}
