namespace Telematics.Simulator.Roads;

/// <summary>
/// A point a route passes, in the local plane; <see cref="SpeedLimitMps"/> is the limit of the street leaving it,
/// and <see cref="Stop"/> whether vehicles halt there (the route's last point is always a stop: the car parks).
/// </summary>
public sealed record RouteWaypoint(Vector2 Position, double SpeedLimitMps, bool Stop);
