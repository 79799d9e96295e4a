namespace Telematics.Simulator.Roads;

/// <summary>
/// Junctions a vehicle passes, in order, and the indexes of those where it stops (a stop sign, a red light);
/// it parks at the last junction.
/// </summary>
public sealed record Route(IReadOnlyList<GridJunction> Junctions, IReadOnlySet<int> Stops);
