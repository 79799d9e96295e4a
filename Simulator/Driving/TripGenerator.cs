using Telematics.Simulator.Physics;
using Telematics.Simulator.Roads;
using Telematics.Simulator.Sensors;

namespace Telematics.Simulator.Driving;

/// <summary>
/// Generates trips on routes from a route file or, by default, on the generator's own synthetic city, centred on
/// each trip's start (a route of <c>legs</c> legs of a few blocks, each ending at a stop); lets the profile's
/// driver drive it under the vehicle's physics, and records it as a device sampling at <c>sampleHz</c> would.
/// </summary>
public sealed class TripGenerator
{
    private readonly Random _random;
    private readonly double _sampleHz;
    private readonly SensorOptions _sensors;
    private readonly IRouteSource _routes;

    public TripGenerator(Random random, double sampleHz = 1, SensorOptions? sensors = null, IRouteSource? routes = null)
    {
        if (sampleHz is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleHz), sampleHz, "Devices sample at 1 to 10 Hz.");
        }

        _random = random;
        _sampleHz = sampleHz;
        _sensors = sensors ?? SensorOptions.Default;
        _routes = routes ?? new GridRouteSource(RoadNetwork.Generate(random));
    }

    public SimulatedTrip Generate(DrivingProfile profile, DateTimeOffset start, double latitude, double longitude, int legs)
    {
        var trip = Drive(profile, start, latitude, longitude, legs);
        var events = DeviceRecorder.Record(trip.Drive, trip.Start, trip.Projection, _sensors, _random);
        return new SimulatedTrip(events, trip.Drive.Harsh, trip.Drive.DistanceM);
    }

    /// <summary>The drive alone, sampled at <c>sampleHz</c>, for devices of several kinds to record.</summary>
    public DrivenTrip Drive(DrivingProfile profile, DateTimeOffset start, double latitude, double longitude, int legs)
    {
        var placed = _routes.Next(_random, latitude, longitude, legs);
        var plan = DrivePlanner.Plan(placed.Route, profile, _random);
        var drive = DriveSimulator.Drive(plan, _sampleHz, profile.PhoneUsesPerHour, _random);
        var startUtc = new DateTimeOffset(start.UtcTicks - start.UtcTicks % 10, TimeSpan.Zero);
        return new DrivenTrip(drive, startUtc, new LocalProjection(placed.OriginLatitude, placed.OriginLongitude));
    }
}
