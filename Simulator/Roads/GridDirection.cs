namespace Telematics.Simulator.Roads;

/// <summary>Compass directions along the grid, clockwise, so that +1 is a right turn and +3 a left turn.</summary>
public enum GridDirection
{
    North,
    East,
    South,
    West,
}
