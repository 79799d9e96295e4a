namespace Telematics.Simulator.Roads;

/// <summary>The waypoints a vehicle drives through, in order, from a road grid or a route file.</summary>
public sealed record Route(IReadOnlyList<RouteWaypoint> Waypoints);
