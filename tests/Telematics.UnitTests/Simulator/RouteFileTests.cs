using System.Text.Json;
using Telematics.Geo;
using Telematics.Simulator.Api;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Roads;
using Telematics.Simulator.Sensors;

namespace Telematics.UnitTests.Simulator;

public sealed class RouteFileTests : IDisposable
{
    private static readonly RouteFileEntry OldPort = new("old port", [
        new RouteFilePoint(45.5000, -73.5600, 50),
        new RouteFilePoint(45.5050, -73.5600, 40, Stop: true),
        new RouteFilePoint(45.5050, -73.5500, 70),
        new RouteFilePoint(45.5100, -73.5450, 0),
    ]);

    private readonly string _path = Path.GetTempFileName();

    [Fact]
    public void A_trip_drives_the_file_route_from_its_first_point_to_its_last_under_its_limits()
    {
        File.WriteAllText(_path, JsonSerializer.Serialize(new[] { OldPort }, WireJson.Options));
        var generator = new TripGenerator(new Random(1), 1, SensorOptions.Ideal, new FileRouteSource(RouteFile.Load(_path)));

        var events = generator.Generate(DrivingProfile.Average, new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero), 0, 0, legs: 1).Events;

        Assert.InRange(GeoMath.HaversineM(events[0].Latitude, events[0].Longitude, 45.5, -73.56), 0, 1);
        Assert.InRange(GeoMath.HaversineM(events[^1].Latitude, events[^1].Longitude, 45.51, -73.545), 0, 5);
        Assert.Equal([50 / 3.6, 40 / 3.6, 70 / 3.6], events.Select(e => e.SpeedLimitMps!.Value).Distinct().Select(v => Math.Round(v, 9)).ToArray(), (a, b) => Math.Abs(a - b) < 1e-9);
        // One halt on the way (the stop at the second point) between pulling away and parking.
        var halts = events.Zip(events.Skip(1)).Count(p => p.First.SpeedMps > 0 && p.Second.SpeedMps == 0);
        Assert.Equal(2, halts);
    }

    [Fact]
    public void A_route_with_points_on_top_of_each_other_is_rejected_naming_the_point()
    {
        File.WriteAllText(_path, JsonSerializer.Serialize(new[] { OldPort with { Points = [.. OldPort.Points.Take(2), OldPort.Points[1]] } }, WireJson.Options));

        var error = Assert.Throws<InvalidDataException>(() => RouteFile.Load(_path));
        Assert.Contains("route 'old port' point 2: is within 5 m of the point before.", error.Message);
    }

    public void Dispose() => File.Delete(_path);
}
