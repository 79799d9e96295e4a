using System.Text.Json;
using Telematics.Simulator.Api;
using Telematics.Simulator.Sensors;

namespace Telematics.Simulator.Roads;

/// <summary>
/// Reads routes from a JSON array of <see cref="RouteFileEntry"/> (docs/simulator.md has an example), each laid
/// on a local plane around its first point, and rejects the file, naming every bad point, if one is not drivable.
/// </summary>
public static class RouteFile
{
    private const double MinStreetM = 5;
    private const double MaxSpeedLimitKmh = 130;

    public static IReadOnlyList<PlacedRoute> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var entries = JsonSerializer.Deserialize<List<RouteFileEntry>>(stream, WireJson.Options) ?? [];
        var errors = entries.Count == 0 ? ["the file holds no routes."] : entries.SelectMany(Validate).ToList();
        return errors.Count == 0 ? [.. entries.Select(Place)] : throw new InvalidDataException($"{path}: {string.Join(" ", errors)}");
    }

    private static PlacedRoute Place(RouteFileEntry entry)
    {
        var origin = entry.Points[0];
        var projection = new LocalProjection(origin.Latitude, origin.Longitude);
        var route = new Route([.. entry.Points.Select(p => new RouteWaypoint(projection.ToLocal(p.Latitude, p.Longitude), p.SpeedLimitKmh / 3.6, p.Stop))]);
        return new PlacedRoute(route, origin.Latitude, origin.Longitude);
    }

    private static IEnumerable<string> Validate(RouteFileEntry entry)
    {
        if (entry.Points is not { Count: >= 2 })
        {
            yield return $"route '{entry.Name}': needs at least two points.";
            yield break;
        }

        var projection = new LocalProjection(entry.Points[0].Latitude, entry.Points[0].Longitude);
        for (var i = 0; i < entry.Points.Count; i++)
        {
            var p = entry.Points[i];
            if (p.Latitude is < -85 or > 85 || p.Longitude is < -180 or > 180)
            {
                yield return $"route '{entry.Name}' point {i}: latitude must be within ±85 and longitude within ±180.";
            }
            else if (i < entry.Points.Count - 1 && p.SpeedLimitKmh is <= 0 or > MaxSpeedLimitKmh)
            {
                yield return $"route '{entry.Name}' point {i}: speedLimitKmh must be above 0 and at most {MaxSpeedLimitKmh}.";
            }
            else if (i > 0 && (projection.ToLocal(p.Latitude, p.Longitude) - projection.ToLocal(entry.Points[i - 1].Latitude, entry.Points[i - 1].Longitude)).Length < MinStreetM)
            {
                yield return $"route '{entry.Name}' point {i}: is within {MinStreetM} m of the point before.";
            }
        }
    }
}
