namespace Telematics.Simulator.Driving;

/// <summary>
/// A halt at <see cref="AtM"/> along the path for <see cref="DwellS"/>, braked into at <see cref="BrakeMps2"/>
/// and pulled away from at <see cref="LaunchAccelMps2"/>.
/// </summary>
public sealed record PlannedStop(double AtM, double DwellS, double BrakeMps2, double LaunchAccelMps2);
