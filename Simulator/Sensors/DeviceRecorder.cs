using Telematics.Simulator.Physics;
using Telematics.Simulator.Roads;
using Telematics.Telemetry;

namespace Telematics.Simulator.Sensors;

/// <summary>
/// What a telematics device reports of a drive: positions with a wandering GNSS error, noisy speed and
/// accelerations (zero from a device without an accelerometer), the compass heading, nothing during dropouts, and a
/// last fix with the ignition off.
/// </summary>
public static class DeviceRecorder
{
    public static List<TelematicsEvent> Record(DriveRecord drive, DateTimeOffset start, LocalProjection projection, SensorOptions options, Random random)
    {
        var samples = drive.Samples;
        var east = new GaussMarkovNoise(random, options.GpsSigmaM, options.GpsCorrelationS);
        var north = new GaussMarkovNoise(random, options.GpsSigmaM, options.GpsCorrelationS);
        var dropouts = new DropoutSchedule(random, options, samples[^1].TimeS);
        var events = new List<TelematicsEvent>(samples.Count + 1);
        var previousTime = 0.0;
        for (var i = 0; i < samples.Count; i++)
        {
            var s = samples[i];
            var error = new Vector2(east.Next(s.TimeS - previousTime), north.Next(s.TimeS - previousTime));
            previousTime = s.TimeS;
            var isEnd = i == 0 || i == samples.Count - 1;
            if (!isEnd && dropouts.IsLost(s.TimeS))
            {
                continue;
            }

            var (latitude, longitude) = projection.ToGeographic(s.Position + error);
            var accelerometer = options.Accelerometer ? 1 : 0;
            events.Add(new TelematicsEvent(
                At(start, s.TimeS),
                latitude,
                longitude,
                Math.Max(0, s.SpeedMps + options.SpeedSigmaMps * random.NextGaussian()),
                Compass(s.HeadingRad, options.HeadingSigmaDeg * random.NextGaussian()),
                accelerometer * (s.AccelLongMps2 + options.AccelSigmaMps2 * random.NextGaussian()),
                accelerometer * (s.AccelLatMps2 + options.AccelSigmaMps2 * random.NextGaussian()),
                options.ReportedAccuracyM,
                Ignition: i < samples.Count - 1,
                SpeedLimitMps: s.SpeedLimitMps,
                PhoneInUse: s.PhoneInUse));
        }

        return events;
    }

    /// <summary>The sample time, to the microsecond, as the platform stores it.</summary>
    public static DateTimeOffset At(DateTimeOffset start, double seconds) =>
        start.AddTicks((long)Math.Round(seconds * 1_000_000) * 10);

    /// <summary>Degrees clockwise from north, from radians counter-clockwise from east.</summary>
    public static double Compass(double headingRad, double noiseDeg)
    {
        var degrees = (90 - headingRad * 180 / Math.PI + noiseDeg) % 360;
        return degrees < 0 ? degrees + 360 : degrees;
    }
}
