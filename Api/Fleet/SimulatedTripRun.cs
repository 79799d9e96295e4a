namespace Telematics.Api.Fleet;

/// <summary>A simulated trip under way: the trip its fixes make on the platform, its vehicle, and when its last fix (the ignition off) is due.</summary>
/// <param name="DistanceM">The distance the simulation drives, which the trip's features measure from the fixes.</param>
public sealed record SimulatedTripRun(
    string TripId,
    string VehicleId,
    string DriverId,
    string Profile,
    DateTimeOffset StartedAt,
    DateTimeOffset EndsAt,
    int Events,
    double DistanceM);
