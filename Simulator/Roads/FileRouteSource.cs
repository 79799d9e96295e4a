namespace Telematics.Simulator.Roads;

/// <summary>Routes from a file, one drawn at random per trip; the file fixes where they are and how long.</summary>
public sealed class FileRouteSource(IReadOnlyList<PlacedRoute> routes) : IRouteSource
{
    public PlacedRoute Next(Random random, double latitude, double longitude, int legs) => routes[random.Next(routes.Count)];
}
