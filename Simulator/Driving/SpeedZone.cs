namespace Telematics.Simulator.Driving;

/// <summary>
/// A stretch of the path the driver means to take at no more than <see cref="TargetMps"/> (a street's cruising
/// speed, a corner's), slowing for it ahead of time at <see cref="BrakeMps2"/>.
/// </summary>
public sealed record SpeedZone(double StartM, double EndM, double TargetMps, double BrakeMps2);
