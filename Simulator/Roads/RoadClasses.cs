namespace Telematics.Simulator.Roads;

/// <summary>Posted limits by road class and corner radii by limit, as found in Canadian cities.</summary>
public static class RoadClasses
{
    public static double SpeedLimitMps(RoadClass roadClass) => roadClass switch
    {
        RoadClass.Local => 40 / 3.6,
        RoadClass.Arterial => 60 / 3.6,
        _ => 90 / 3.6,
    };

    /// <summary>
    /// Kerb radius of a corner between streets of these limits: tight where local streets meet (≤ 45 km/h),
    /// wider on arterials (≤ 70 km/h), sweeping where a fast road bends. The slower street decides.
    /// </summary>
    public static double CornerRadiusM(double speedLimitInMps, double speedLimitOutMps) =>
        Math.Min(speedLimitInMps, speedLimitOutMps) switch
        {
            <= 45 / 3.6 => 10,
            <= 70 / 3.6 => 18,
            _ => 70,
        };
}
