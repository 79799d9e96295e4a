namespace Telematics.Simulator.Roads;

/// <summary>
/// A synthetic city: a grid of streets with irregular blocks, every third street an arterial and the outer
/// streets a ring road. Coordinates are metres in the local plane with the centre junction at the origin,
/// where the trips of the network's vehicle start.
/// </summary>
public sealed class RoadNetwork
{
    private const int ArterialEvery = 3;
    private readonly double[] _eastings;
    private readonly double[] _northings;

    private RoadNetwork(double[] eastings, double[] northings)
    {
        _eastings = eastings;
        _northings = northings;
    }

    /// <summary>Junctions per side of the grid.</summary>
    public int Size => _eastings.Length;

    public GridJunction Centre => new(Size / 2, Size / 2);

    public static RoadNetwork Generate(Random random, int size = 11, double minBlockM = 150, double maxBlockM = 350)
    {
        if (size < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "A road grid needs at least 3 junctions a side.");
        }

        return new RoadNetwork(Axis(random, size, minBlockM, maxBlockM), Axis(random, size, minBlockM, maxBlockM));
    }

    public Vector2 Position(GridJunction junction) => new(_eastings[junction.Column], _northings[junction.Row]);

    public bool Contains(GridJunction junction) =>
        junction.Column >= 0 && junction.Column < Size && junction.Row >= 0 && junction.Row < Size;

    /// <summary>The class of the street joining two neighbouring junctions.</summary>
    public RoadClass ClassOf(GridJunction from, GridJunction to)
    {
        // A street running east–west keeps its row; one running north–south keeps its column.
        var line = from.Row == to.Row ? from.Row : from.Column;
        return line == 0 || line == Size - 1 ? RoadClass.Ring
            : line % ArterialEvery == 0 ? RoadClass.Arterial
            : RoadClass.Local;
    }

    private static double[] Axis(Random random, int size, double minBlockM, double maxBlockM)
    {
        var axis = new double[size];
        for (var i = 1; i < size; i++)
        {
            axis[i] = axis[i - 1] + minBlockM + random.NextDouble() * (maxBlockM - minBlockM);
        }

        var centre = axis[size / 2];
        return [.. axis.Select(a => a - centre)];
    }
}
