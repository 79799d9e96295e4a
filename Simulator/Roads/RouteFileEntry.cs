namespace Telematics.Simulator.Roads;

/// <summary>One route of a route file: a name for messages and its points in driving order.</summary>
public sealed record RouteFileEntry(string Name, IReadOnlyList<RouteFilePoint> Points);
