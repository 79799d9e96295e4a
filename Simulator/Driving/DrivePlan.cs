using Telematics.Simulator.Roads;

namespace Telematics.Simulator.Driving;

/// <summary>
/// What a driver intends along a path: speed zones ordered by start, stops ordered by position (the last one
/// parks at the end), how hard the trip's first start is, and how hard the driver usually speeds up and slows down.
/// </summary>
public sealed record DrivePlan(RoutePath Path, IReadOnlyList<SpeedZone> Zones, IReadOnlyList<PlannedStop> Stops, double FirstLaunchAccelMps2, double UsualAccelMps2, double UsualBrakeMps2);
