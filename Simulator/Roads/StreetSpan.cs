namespace Telematics.Simulator.Roads;

/// <summary>Where along a path one street of the route runs, and of what class it is.</summary>
public sealed record StreetSpan(double StartM, double EndM, RoadClass Class)
{
    public double SpeedLimitMps => RoadClasses.SpeedLimitMps(Class);
}
