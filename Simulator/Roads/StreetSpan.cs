namespace Telematics.Simulator.Roads;

/// <summary>Where along a path one street of the route runs, and its posted limit.</summary>
public sealed record StreetSpan(double StartM, double EndM, double SpeedLimitMps);
