using Telematics.Telemetry;

namespace Telematics.Simulator.Driving;

/// <summary>
/// Generates a trip as a sequence of legs: pull away, cruise near the leg's speed limit, sometimes turn, stop.
/// Speed is the integral of the longitudinal acceleration, lateral acceleration is speed × yaw rate, and the
/// position is integrated from speed and heading, so the three agree as they do on a real vehicle.
/// </summary>
public sealed class TripGenerator(Random random, int sampleHz = 1)
{
    private static readonly double[] SpeedLimitsMps = [13.9, 16.7, 22.2, 27.8];
    private const double MetresPerDegreeLatitude = 111_195.08;

    public SimulatedTrip Generate(DrivingProfile profile, DateTimeOffset start, double latitude, double longitude, int legs)
    {
        var state = new MotionState(start, latitude, longitude, random.NextDouble() * 360, 1.0 / sampleHz);
        var harshAccelerations = 0;
        var harshBrakings = 0;
        var harshTurns = 0;

        for (var leg = 0; leg < legs; leg++)
        {
            var limit = SpeedLimitsMps[random.Next(SpeedLimitsMps.Length)];
            var target = limit * profile.SpeedFactor * (0.9 + 0.2 * random.NextDouble());

            var harshStart = random.NextDouble() < profile.HarshProbability;
            harshAccelerations += harshStart ? 1 : 0;
            state.ChangeSpeed(target, harshStart ? profile.HarshIntensityMps2 : profile.NormalAccelMps2, limit);
            state.Hold(30 + random.Next(150), limit);

            if (random.NextDouble() < 0.5)
            {
                var harshTurn = random.NextDouble() < profile.HarshProbability;
                harshTurns += harshTurn ? 1 : 0;
                var lateral = harshTurn ? profile.HarshIntensityMps2 + 0.5 : profile.TurnLateralMps2;
                state.Turn(random.NextDouble() < 0.5 ? 90 : -90, lateral, limit);
            }

            var harshStop = random.NextDouble() < profile.HarshProbability;
            harshBrakings += harshStop ? 1 : 0;
            state.ChangeSpeed(0, -(harshStop ? profile.HarshIntensityMps2 : profile.NormalBrakeMps2), limit);
            state.Hold(5 + random.Next(25), limit);
        }

        state.Park();
        return new SimulatedTrip(state.Events, harshAccelerations, harshBrakings, harshTurns);
    }

    /// <summary>Integrates the vehicle's motion one sample at a time and records each sample as an event.</summary>
    private sealed class MotionState(DateTimeOffset time, double latitude, double longitude, double heading, double step)
    {
        private double _speed;

        public List<TelematicsEvent> Events { get; } = [];

        public void ChangeSpeed(double target, double accel, double limit)
        {
            while (accel > 0 ? _speed < target : _speed > target)
            {
                Sample(accel, 0, limit, ignition: true);
                _speed = accel > 0 ? Math.Min(target, _speed + accel * step) : Math.Max(target, _speed + accel * step);
                Move();
            }
        }

        /// <summary>Turns through <paramref name="degrees"/> (positive left) at the speed that gives <paramref name="lateral"/> on a 25 m radius.</summary>
        public void Turn(double degrees, double lateral, double limit)
        {
            const double radius = 25;
            ChangeSpeed(Math.Min(_speed, Math.Sqrt(lateral * radius)), -2.0, limit);
            if (_speed <= 0)
            {
                return;
            }

            var yawRate = _speed / radius * 180 / Math.PI * Math.Sign(degrees);
            Hold((int)Math.Ceiling(Math.Abs(degrees / yawRate)), limit, yawRate);
        }

        public void Park() => Sample(0, 0, 0, ignition: false);

        /// <summary>Keeps the current speed, turning at <paramref name="yawRateDegPerS"/> (positive left).</summary>
        public void Hold(int seconds, double limit, double yawRateDegPerS = 0)
        {
            for (var i = 0; i < seconds / step; i++)
            {
                var lateral = _speed * yawRateDegPerS * Math.PI / 180;
                Sample(0, lateral, limit, ignition: true);
                heading = (heading - yawRateDegPerS * step + 360) % 360;
                Move();
            }
        }

        private void Sample(double accelLong, double accelLat, double limit, bool ignition) =>
            Events.Add(new TelematicsEvent(time, latitude, longitude, _speed, heading, accelLong, accelLat, 5, ignition, SpeedLimitMps: limit > 0 ? limit : null));

        private void Move()
        {
            var distance = _speed * step;
            var radians = heading * Math.PI / 180;
            latitude += distance * Math.Cos(radians) / MetresPerDegreeLatitude;
            longitude += distance * Math.Sin(radians) / (MetresPerDegreeLatitude * Math.Cos(latitude * Math.PI / 180));
            time = time.AddSeconds(step);
        }
    }
}
