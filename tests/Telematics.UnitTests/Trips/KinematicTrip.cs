using Telematics.Devices;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Trips;

/// <summary>
/// A drive of known motion, integrated every 10 ms from phases of constant longitudinal and lateral acceleration, then
/// sampled at any interval the way devices report it: position, speed and compass heading at the sample time, and the
/// accelerations as their means over the interval that ends there (a device's filtered accelerometer).
/// </summary>
internal sealed class KinematicTrip(DateTimeOffset start, double initialSpeedMps)
{
    private const double StepS = 0.01;
    private const double MetresPerDegreeLatitude = 111_195.08;
    private const double Latitude = 45.5;
    private const double Longitude = -73.6;
    private readonly List<(double Seconds, double LongMps2, double LatMps2)> _phases = [];

    /// <summary>The length of the path driven while sampled every <paramref name="intervalS"/>, metres.</summary>
    public double TrueDistanceM(double intervalS) => Integrate((int)Math.Round(intervalS / StepS)).Sum(s => s.LegM);

    public KinematicTrip Cruise(double seconds) => Phase(seconds, 0, 0);

    /// <summary>Speeds up (positive) or brakes (negative) at a constant rate.</summary>
    public KinematicTrip Accelerate(double mps2, double seconds) => Phase(seconds, mps2, 0);

    /// <summary>Turns at constant speed with a lateral acceleration, positive to the left.</summary>
    public KinematicTrip Turn(double lateralMps2, double seconds) => Phase(seconds, 0, lateralMps2);

    /// <summary>
    /// The events of a device sampling every <paramref name="intervalS"/>, with or without accelerometer values, its
    /// positions off by up to <paramref name="jitterM"/> in each axis, uniformly, and with or without speed.
    /// </summary>
    public List<TelematicsEvent> Sample(double intervalS, bool accelerometer, double jitterM = 0, int seed = 0, bool reportsSpeed = true)
    {
        var random = new Random(seed);
        var perSample = (int)Math.Round(intervalS / StepS);
        var steps = Integrate(perSample);
        var events = new List<TelematicsEvent>();
        double sumLong = 0, sumLat = 0;
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            sumLong += s.LongMps2;
            sumLat += s.LatMps2;
            if (i % perSample != 0)
            {
                continue;
            }

            var taken = i == 0 ? 1 : perSample;
            var east = s.EastM + jitterM * (2 * random.NextDouble() - 1);
            var north = s.NorthM + jitterM * (2 * random.NextDouble() - 1);
            events.Add(new TelematicsEvent(
                start.AddTicks((long)Math.Round(i * StepS * TimeSpan.TicksPerSecond)),
                Latitude + north / MetresPerDegreeLatitude,
                Longitude + east / (MetresPerDegreeLatitude * Math.Cos(Latitude * Math.PI / 180)),
                reportsSpeed ? s.SpeedMps : 0,
                ((90 - s.YawRad * 180 / Math.PI) % 360 + 360) % 360,
                accelerometer && i > 0 ? sumLong / taken : 0,
                accelerometer && i > 0 ? sumLat / taken : 0,
                AccuracyM: 5,
                Ignition: true,
                Attributes: accelerometer ? null : new Dictionary<string, string> { [DeviceAttributes.Accelerometer] = "false" }));
            sumLong = 0;
            sumLat = 0;
        }

        return events;
    }

    private KinematicTrip Phase(double seconds, double longMps2, double latMps2)
    {
        _phases.Add((seconds, longMps2, latMps2));
        return this;
    }

    /// <summary>Every step's state; the phases are padded with cruising to a whole number of samples.</summary>
    private List<(double EastM, double NorthM, double SpeedMps, double YawRad, double LongMps2, double LatMps2, double LegM)> Integrate(int perSample)
    {
        var steps = new List<(double, double, double, double, double, double, double)> { (0, 0, initialSpeedMps, 0, 0, 0, 0) };
        double east = 0, north = 0, speed = initialSpeedMps, yaw = 0;
        var phaseSteps = _phases.SelectMany(p => Enumerable.Repeat((p.LongMps2, p.LatMps2), (int)Math.Round(p.Seconds / StepS))).ToList();
        while (perSample > 0 && phaseSteps.Count % perSample != 0)
        {
            phaseSteps.Add((0, 0));
        }

        foreach (var (longMps2, latMps2) in phaseSteps)
        {
            var next = Math.Max(0, speed + longMps2 * StepS);
            var mean = (speed + next) / 2;
            var turn = mean > 0 ? latMps2 / mean * StepS : 0;
            var legM = mean * StepS;
            east += legM * Math.Cos(yaw + turn / 2);
            north += legM * Math.Sin(yaw + turn / 2);
            yaw += turn;
            speed = next;
            steps.Add((east, north, speed, yaw, longMps2, latMps2, legM));
        }

        return steps;
    }
}
