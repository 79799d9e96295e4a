namespace Telematics.Simulator.Roads;

/// <summary>A point of a path: position and direction of travel (radians counter-clockwise from east).</summary>
public readonly record struct PathPoint(Vector2 Position, double HeadingRad);
