using Telematics.Trips;

namespace Telematics.UnitTests.Trips;

/// <summary>Distance under ±15 m GNSS jitter, with and without reported speed, at 1, 5 and 10 Hz.</summary>
public sealed class DistanceNoiseTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 10, 30, 0, TimeSpan.Zero);

    /// <summary>About 5 km of town and arterial driving: starts, turns both ways, brakings to a crawl.</summary>
    private static KinematicTrip Drive() => new KinematicTrip(Start, initialSpeedMps: 0)
        .Accelerate(2, 7).Cruise(40).Turn(2.5, 8).Cruise(30).Accelerate(-1.5, 6).Cruise(20)
        .Accelerate(1.5, 10).Cruise(60).Turn(-2, 12).Cruise(45).Accelerate(-2, 8).Turn(1.5, 10).Cruise(30)
        .Accelerate(1, 5).Cruise(40).Accelerate(-2.5, 6);

    [Theory]
    [InlineData(1, true)]
    [InlineData(0.2, true)]
    [InlineData(0.1, true)]
    [InlineData(1, false)]
    [InlineData(0.2, false)]
    [InlineData(0.1, false)]
    public void Distance_is_within_2_percent_of_the_path_under_15_m_jitter(double intervalS, bool reportsSpeed)
    {
        var trip = Drive();
        var truth = trip.TrueDistanceM(intervalS);

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var features = TripFeaturesOf.Events(trip.Sample(intervalS, accelerometer: false, jitterM: 15, seed, reportsSpeed));

            Assert.InRange(features.DistanceM / truth, 0.98, 1.02);
            Assert.Equal(reportsSpeed ? FeatureSources.ReportedSpeedDistance : FeatureSources.PositionSpeedDistance,
                features.Sources & (FeatureSources.ReportedSpeedDistance | FeatureSources.PositionSpeedDistance));
        }
    }

    [Fact]
    public void The_raw_sum_of_jittered_legs_is_kept_apart_and_fails_the_cross_check()
    {
        var features = TripFeaturesOf.Events(Drive().Sample(0.1, accelerometer: false, jitterM: 15, seed: 1));

        Assert.True(features.PositionDistanceM > 1.5 * features.DistanceM);
        Assert.True(features.DistanceCrossCheckRatio > 1.5);
    }
}
