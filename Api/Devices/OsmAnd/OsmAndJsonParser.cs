using System.Globalization;
using System.Text.Json;
using Telematics.Devices;

namespace Telematics.Api.Devices.OsmAnd;

/// <summary>
/// The JSON form the current Traccar Client app posts (the Transistorsoft location shape): <c>device_id</c> and a
/// <c>location</c> with <c>timestamp</c>, <c>coords</c> (speed in m/s), <c>is_moving</c>, <c>odometer</c>,
/// <c>battery</c>, <c>activity</c> and flat <c>extras</c>.
/// </summary>
/// <remarks>
/// Traccar stores a reported accuracy below 10 m as 0 (<c>osmand.minAccuracy</c>); we keep what the phone reported,
/// because our own cleaning weighs accuracy and a made-up 0 would read as a perfect fix.
/// </remarks>
public static class OsmAndJsonParser
{
    public static bool TryParse(JsonElement root, out OsmAndPosition position, out string error)
    {
        position = null!;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("location", out var location) || location.ValueKind != JsonValueKind.Object)
        {
            error = "The body must be an object with a 'location' object.";
            return false;
        }

        if (!location.TryGetProperty("timestamp", out var time) || time.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParse(time.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            error = "'location.timestamp' must be an ISO-8601 time.";
            return false;
        }

        var attributes = new Dictionary<string, string>();
        if (location.TryGetProperty("extras", out var extras) && extras.ValueKind == JsonValueKind.Object)
        {
            foreach (var extra in extras.EnumerateObject())
            {
                if (Text(extra.Value) is { } value)
                {
                    attributes[extra.Name] = value;
                }
            }
        }

        Keep(DeviceAttributes.Movement, Find(location, "is_moving"));
        Keep(DeviceAttributes.OdometerM, Find(location, "odometer"));
        Keep("event", Find(location, "event"));
        Keep("mock", Find(location, "mock"));
        Keep("activity", Find(location, "activity", "type"));
        Keep("charging", Find(location, "battery", "is_charging"));
        if (Number(Find(location, "battery", "level")) is >= 0 and var level)
        {
            attributes[DeviceAttributes.BatteryPercent] = (level * 100).ToString("R", CultureInfo.InvariantCulture);
        }

        var coords = Find(location, "coords");
        Keep(DeviceAttributes.AltitudeM, Find(coords, "altitude"));
        position = new OsmAndPosition(
            Text(Find(root, "device_id")),
            timestamp,
            Number(Find(coords, "latitude")),
            Number(Find(coords, "longitude")),
            NonNegative(Find(coords, "speed")),
            NonNegative(Find(coords, "heading")),
            NonNegative(Find(coords, "accuracy")),
            null,
            attributes);
        error = "";
        return true;

        void Keep(string name, JsonElement? value)
        {
            if (Text(value) is { } text)
            {
                attributes[name] = text;
            }
        }
    }

    private static JsonElement? Find(JsonElement? element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element is not { ValueKind: JsonValueKind.Object } e || !e.TryGetProperty(name, out var child))
            {
                return null;
            }

            element = child;
        }

        return element;
    }

    private static double? Number(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Number } e && e.TryGetDouble(out var value) && double.IsFinite(value) ? value : null;

    /// <summary>The app sends −1 for "unknown" speed, heading and accuracy.</summary>
    private static double? NonNegative(JsonElement? element) => Number(element) is >= 0 and var value ? value : null;

    /// <summary>A value as an attribute string: integral numbers stay integers (as Traccar keeps them 64-bit), the rest as sent.</summary>
    private static string? Text(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.Number } e => e.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };
}
