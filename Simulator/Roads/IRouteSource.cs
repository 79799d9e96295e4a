namespace Telematics.Simulator.Roads;

/// <summary>Where trips go: a synthetic grid around each trip's start, or the routes of a file.</summary>
public interface IRouteSource
{
    /// <summary>The route of a trip of about <paramref name="legs"/> legs starting at the given place.</summary>
    PlacedRoute Next(Random random, double latitude, double longitude, int legs);
}
