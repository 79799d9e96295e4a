namespace Telematics.Simulator.Roads;

/// <summary>A point of a path: position, direction of travel (radians counter-clockwise from east) and curvature.</summary>
public readonly record struct PathPoint(Vector2 Position, double HeadingRad, double Curvature);
