using Telematics.Simulator.Driving;
using Telematics.Simulator.Roads;

namespace Telematics.Simulator.Physics;

/// <summary>
/// Drives a plan by integrating the motion at about 20 Hz, an integer number of steps per sample: speed is the
/// integral of the commanded acceleration, position along the path the integral of speed, heading and lateral
/// acceleration follow from the path's curvature, so all of them agree as they do on a real vehicle.
/// </summary>
public static class DriveSimulator
{
    private const double IntegrationHz = 20;

    /// <summary>Closer than this to a stop, and slower than <see cref="HaltSpeedMps"/>, the car halts.</summary>
    private const double HaltDistanceM = 1.0;

    private const double HaltSpeedMps = 0.2;

    /// <summary>No planned drive lasts this long; reaching it means the controller is stuck, which must not fill memory.</summary>
    private const double MaxDriveS = 24 * 3600;

    public static DriveRecord Drive(DrivePlan plan, double sampleHz, double phoneUsesPerHour, Random random)
    {
        var substeps = (int)Math.Ceiling(IntegrationHz / sampleHz);
        var step = 1 / (sampleHz * substeps);
        var path = plan.Path;
        var phone = new PhoneHabit(random, phoneUsesPerHour);
        var truth = new HarshEpisodeTruth();
        var samples = new List<TrueSample>();
        int segment = 0, zone = 0, street = 0, stop = 0;
        double time = 0, position = 0, speed = 0, accel = 0, dwell = 0;
        var launch = plan.FirstLaunchAccelMps2;
        var point = path.At(0, ref segment);
        samples.Add(new TrueSample(0, point.Position, point.HeadingRad, 0, 0, 0, path.Streets[0].SpeedLimitMps, false));
        while (stop < plan.Stops.Count)
        {
            double sumLong = 0, sumLat = 0;
            var taken = 0;
            for (; taken < substeps; taken++)
            {
                if (dwell > 0)
                {
                    dwell -= step;
                    accel = 0;
                }
                else
                {
                    var desired = SpeedController.DesiredAccelMps2(position, speed, launch, plan.UsualBrakeMps2, plan.Zones, zone, plan.Stops[stop]);
                    accel = IsHalting(plan.Stops[stop], position, speed)
                        ? -speed / step
                        : Math.Max(VehicleDynamics.JerkLimited(accel, desired, step), -speed / step);
                }

                position += speed * step + accel * step * step / 2;
                var startSpeed = speed;
                // Halting sets the speed to zero up to rounding; a car never rolls backwards.
                speed = Math.Max(speed + accel * step, 0) < 1e-9 ? 0 : speed + accel * step;
                time += step;
                var next = path.At(position, ref segment);
                var lateral = VehicleDynamics.LateralAccelMps2((startSpeed + speed) / 2, next.HeadingRad - point.HeadingRad, step);
                point = next;
                truth.Add(accel, lateral, step);
                sumLong += accel;
                sumLat += lateral;
                phone.Advance(step);
                zone = PassedZones(plan.Zones, zone, position);
                // A harsh start lasts until the driver first eases off; later speed-ups are the usual ones.
                launch = speed > 0 && accel <= 0 ? plan.UsualAccelMps2 : launch;
                if (speed == 0 && dwell <= 0 && IsWithinHalt(plan.Stops[stop], position))
                {
                    dwell = plan.Stops[stop].DwellS;
                    launch = plan.Stops[stop].LaunchAccelMps2;
                    stop++;
                    if (stop == plan.Stops.Count)
                    {
                        taken++;
                        break;
                    }
                }
            }

            if (time > MaxDriveS)
            {
                throw new InvalidOperationException($"The drive did not finish within {MaxDriveS} s: stuck at {position:F1} m of {path.LengthM:F1} m, speed {speed:F2} m/s, before stop {stop} at {plan.Stops[stop].AtM:F1} m.");
            }

            while (street < path.Streets.Count - 1 && position > path.Streets[street].EndM)
            {
                street++;
            }

            samples.Add(new TrueSample(time, point.Position, point.HeadingRad, speed, sumLong / taken, sumLat / taken, path.Streets[street].SpeedLimitMps, phone.InUse));
        }

        return new DriveRecord(samples, truth.Finish(), position);
    }

    private static bool IsWithinHalt(PlannedStop stop, double position) => stop.AtM - position <= HaltDistanceM;

    private static bool IsHalting(PlannedStop stop, double position, double speed) => speed <= HaltSpeedMps && IsWithinHalt(stop, position);

    private static int PassedZones(IReadOnlyList<SpeedZone> zones, int first, double position)
    {
        while (first < zones.Count - 1 && zones[first].EndM < position)
        {
            first++;
        }

        return first;
    }
}
