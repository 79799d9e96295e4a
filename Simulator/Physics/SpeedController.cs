using Telematics.Simulator.Driving;

namespace Telematics.Simulator.Physics;

/// <summary>
/// The driver's foot: holds the speed zone's target, brakes ahead for slower zones and stops at the moment the
/// steady deceleration they need reaches the driver's braking habit, so braking runs at that habit's strength.
/// </summary>
public static class SpeedController
{
    /// <summary>How strongly a driver corrects a speed error, 1/s: a 1 m/s shortfall asks for 2 m/s².</summary>
    private const double CruiseGainPerS = 2;

    /// <summary>A distance to a stop or zone below this is treated as this, so the braking it asks for stays finite.</summary>
    private const double MinimumDistanceM = 0.05;

    /// <summary>
    /// Within this of a stop the driver brakes as much as the stop needs, however gently: waiting for the habit's
    /// strength there would roll the car past the line at walking pace.
    /// </summary>
    private const double FinalApproachM = 5;

    public static double DesiredAccelMps2(double positionM, double speedMps, double accelPreferenceMps2, double usualBrakeMps2, IReadOnlyList<SpeedZone> zones, int firstZone, PlannedStop? nextStop)
    {
        var cap = double.PositiveInfinity;
        var brake = double.NegativeInfinity;
        var horizonM = positionM + speedMps * speedMps / 2 + 10;
        for (var i = firstZone; i < zones.Count && zones[i].StartM <= horizonM; i++)
        {
            var zone = zones[i];
            if (zone.StartM <= positionM)
            {
                cap = positionM <= zone.EndM ? Math.Min(cap, zone.TargetMps) : cap;
            }
            else
            {
                brake = Math.Max(brake, BrakingFor(speedMps, zone.TargetMps, zone.StartM - positionM, zone.BrakeMps2));
            }
        }

        if (nextStop is not null)
        {
            var distanceM = nextStop.AtM - positionM;
            brake = Math.Max(brake, BrakingFor(speedMps, 0, distanceM, distanceM < FinalApproachM ? 0 : nextStop.BrakeMps2));
        }

        // Trimming a few km/h off in a zone is no reason to brake harder than the driver usually does.
        var cruise = Math.Clamp(CruiseGainPerS * (cap - speedMps), -usualBrakeMps2, Math.Min(accelPreferenceMps2, VehicleDynamics.PowerLimitedAccelMps2(speedMps)));
        return brake > 0 ? Math.Min(cruise, -brake) : cruise;
    }

    /// <summary>The deceleration to start braking at for a slower target ahead, or 0 while it is not yet time to brake.</summary>
    private static double BrakingFor(double speedMps, double targetMps, double distanceM, double habitMps2)
    {
        if (speedMps <= targetMps)
        {
            return 0;
        }

        // The brake takes habit / jerk seconds to build up, covering about half that time's distance at full speed:
        // planning with what is left makes the braking come out at the habit's strength, not above it.
        var rampM = speedMps * habitMps2 / (2 * VehicleDynamics.MaxJerkMps3);
        var needed = VehicleDynamics.DecelerationToReach(speedMps, targetMps, Math.Max(distanceM - rampM, MinimumDistanceM));
        return needed >= habitMps2 ? Math.Min(needed, VehicleDynamics.MaxGripMps2) : 0;
    }
}
