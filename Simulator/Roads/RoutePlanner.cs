namespace Telematics.Simulator.Roads;

/// <summary>
/// Plans a drive as a random walk on the grid: mostly straight on, sometimes a turn, never a U-turn (on a grid
/// of three or more a side some turn is always open). A leg is a few blocks ending at a stop; the trip is a number of legs.
/// </summary>
public static class RoutePlanner
{
    private const double StraightOnShare = 0.6;

    public static Route Plan(RoadNetwork network, Random random, int legs)
    {
        if (legs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(legs), legs, "A trip needs at least one leg.");
        }

        var here = network.Centre;
        var heading = (GridDirection)random.Next(4);
        var junctions = new List<GridJunction> { here };
        var stops = new HashSet<int>();
        for (var leg = 0; leg < legs; leg++)
        {
            var blocks = 1 + random.Next(5);
            for (var block = 0; block < blocks; block++)
            {
                heading = NextHeading(network, random, here, heading);
                here = here.Step(heading);
                junctions.Add(here);
            }

            stops.Add(junctions.Count - 1);
        }

        return new Route([.. junctions.Select((junction, k) => new RouteWaypoint(
            network.Position(junction),
            k < junctions.Count - 1 ? RoadClasses.SpeedLimitMps(network.ClassOf(junction, junctions[k + 1])) : 0,
            stops.Contains(k)))]);
    }

    private static GridDirection NextHeading(RoadNetwork network, Random random, GridJunction here, GridDirection heading)
    {
        var straight = heading;
        var right = Turn(heading, 1);
        var left = Turn(heading, 3);
        var choice = random.NextDouble() < StraightOnShare ? straight : random.Next(2) == 0 ? left : right;
        GridDirection[] preference = [choice, straight, left, right];
        return preference.First(d => network.Contains(here.Step(d)));
    }

    private static GridDirection Turn(GridDirection heading, int quarters) => (GridDirection)(((int)heading + quarters) % 4);
}
