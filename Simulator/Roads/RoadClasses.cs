namespace Telematics.Simulator.Roads;

/// <summary>Posted limits and junction corner radii by road class, as found in Canadian cities.</summary>
public static class RoadClasses
{
    public static double SpeedLimitMps(RoadClass roadClass) => roadClass switch
    {
        RoadClass.Local => 40 / 3.6,
        RoadClass.Arterial => 60 / 3.6,
        _ => 90 / 3.6,
    };

    /// <summary>Kerb radius of a corner: tight on local streets, sweeping where the ring road bends.</summary>
    public static double CornerRadiusM(RoadClass roadClass) => roadClass switch
    {
        RoadClass.Local => 10,
        RoadClass.Arterial => 18,
        _ => 70,
    };
}
