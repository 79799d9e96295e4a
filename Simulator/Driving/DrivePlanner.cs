using Telematics.Simulator.Roads;

namespace Telematics.Simulator.Driving;

/// <summary>Turns a route and a profile into a driver's intentions, drawing which manoeuvres are harsh and which streets are sped on.</summary>
public static class DrivePlanner
{
    // Drivers halt a car's length before the junction, not on the crossing, and park short of the path's end.
    private const double StopSetBackM = 2;
    private const double MinDwellS = 3;
    private const double MaxDwellS = 30;

    public static DrivePlan Plan(Route route, DrivingProfile profile, Random random)
    {
        var path = RoutePath.Build(route);
        var zones = new List<SpeedZone>();
        foreach (var street in path.Streets)
        {
            var speeding = random.NextDouble() < profile.SpeedingShare;
            var factor = speeding ? 1 + profile.SpeedingExcess : profile.CruiseSpeedFactor * (0.96 + 0.08 * random.NextDouble());
            zones.Add(new SpeedZone(street.StartM, street.EndM, street.SpeedLimitMps * factor, profile.BrakeMps2));
        }

        foreach (var corner in path.Corners)
        {
            var lateral = Harsh(random, profile) ? profile.HarshLateralMps2 : profile.CorneringLateralMps2;
            zones.Add(new SpeedZone(corner.StartM, corner.EndM, Math.Sqrt(lateral * corner.RadiusM), profile.BrakeMps2));
        }

        var last = route.Waypoints.Count - 1;
        var stops = Enumerable.Range(1, last).Where(k => k == last || route.Waypoints[k].Stop)
            .Select(k => k == last
                ? new PlannedStop(path.LengthM - StopSetBackM, 0, BrakeFor(random, profile), 0)
                : new PlannedStop(path.JunctionStopsM[k] - StopSetBackM, MinDwellS + random.NextDouble() * (MaxDwellS - MinDwellS), BrakeFor(random, profile), LaunchFor(random, profile)))
            .ToList();
        return new DrivePlan(path, [.. zones.OrderBy(z => z.StartM)], stops, LaunchFor(random, profile), profile.AccelMps2, profile.BrakeMps2);
    }

    private static bool Harsh(Random random, DrivingProfile profile) => random.NextDouble() < profile.HarshShare;

    private static double BrakeFor(Random random, DrivingProfile profile) => Harsh(random, profile) ? profile.HarshBrakeMps2 : profile.BrakeMps2;

    private static double LaunchFor(Random random, DrivingProfile profile) => Harsh(random, profile) ? profile.HarshAccelMps2 : profile.AccelMps2;
}
