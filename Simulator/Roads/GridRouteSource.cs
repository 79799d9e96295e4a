namespace Telematics.Simulator.Roads;

/// <summary>Random walks on one synthetic grid, laid around each trip's start.</summary>
public sealed class GridRouteSource(RoadNetwork network) : IRouteSource
{
    public PlacedRoute Next(Random random, double latitude, double longitude, int legs) =>
        new(RoutePlanner.Plan(network, random, legs), latitude, longitude);
}
