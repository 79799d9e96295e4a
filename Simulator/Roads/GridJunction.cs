namespace Telematics.Simulator.Roads;

/// <summary>A junction of the road grid by column (west to east) and row (south to north).</summary>
public readonly record struct GridJunction(int Column, int Row)
{
    public GridJunction Step(GridDirection direction) => direction switch
    {
        GridDirection.North => this with { Row = Row + 1 },
        GridDirection.East => this with { Column = Column + 1 },
        GridDirection.South => this with { Row = Row - 1 },
        _ => this with { Column = Column - 1 },
    };
}
