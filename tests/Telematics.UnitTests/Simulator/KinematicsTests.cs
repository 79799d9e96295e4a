using Telematics.Geo;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Sensors;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Simulator;

/// <summary>With a perfect device the reported motion must obey kinematics: the readings agree with each other and the path.</summary>
public sealed class KinematicsTests
{
    private const double SampleS = 0.1;
    private static readonly IReadOnlyList<TelematicsEvent> Events =
        new TripGenerator(new Random(11), 1 / SampleS, SensorOptions.Ideal)
            .Generate(DrivingProfile.Risky, new DateTimeOffset(2026, 1, 5, 14, 0, 0, TimeSpan.Zero), 45.5, -73.6, legs: 10).Events;

    [Fact]
    public void Speed_changes_by_the_longitudinal_acceleration_times_the_interval()
    {
        for (var i = 1; i < Events.Count - 1; i++)
        {
            Assert.Equal(Events[i].AccelLongMps2 * SampleS, Events[i].SpeedMps - Events[i - 1].SpeedMps, 9);
        }
    }

    [Fact]
    public void Lateral_acceleration_is_speed_times_the_rate_of_turn()
    {
        for (var i = 1; i < Events.Count - 1; i++)
        {
            var turnRad = -((Events[i].HeadingDeg - Events[i - 1].HeadingDeg + 540) % 360 - 180) * Math.PI / 180;
            var meanSpeed = (Events[i].SpeedMps + Events[i - 1].SpeedMps) / 2;
            // Both are means over the interval; their product differs from the mean of the product by the speed's change.
            Assert.Equal(Events[i].AccelLatMps2, meanSpeed * turnRad / SampleS, 0.05 + Math.Abs(Events[i].AccelLatMps2) * 0.05);
        }
    }

    [Fact]
    public void Positions_advance_by_the_distance_the_speed_covers()
    {
        for (var i = 1; i < Events.Count; i++)
        {
            var travelled = GeoMath.HaversineM(Events[i - 1].Latitude, Events[i - 1].Longitude, Events[i].Latitude, Events[i].Longitude);
            var integrated = (Events[i].SpeedMps + Events[i - 1].SpeedMps) / 2 * SampleS;
            Assert.Equal(integrated, travelled, 0.01 + integrated * 0.01);
        }
    }

    [Fact]
    public void Lateral_acceleration_never_exceeds_what_the_tyres_grip()
    {
        Assert.All(Events, e => Assert.InRange(Math.Sqrt(e.AccelLongMps2 * e.AccelLongMps2 + e.AccelLatMps2 * e.AccelLatMps2), 0, 9.5));
    }
}
