using Telematics.Simulator.Accuracy;
using Telematics.Simulator.Physics;

namespace Telematics.UnitTests.Simulator;

public sealed class HarshRecoveryTests
{
    private static readonly TrueSample[] Samples = [new(0, default, 0, 0, 0, 0, 10, false), new(600, default, 0, 0, 0, 0, 10, false)];

    [Fact]
    public void Events_are_matched_per_trip_and_class_by_count()
    {
        var recovery = new HarshRecovery();
        // Trip 1: 3 brakings ≥ 6 (one of them ≥ 8), 1 acceleration ≥ 6; found 2 brakings ≥ 6, 2 accelerations ≥ 6, 1 ≥ 8.
        recovery.Add(Drive(Braking(1), Braking(1), Braking(2), Acceleration(1)), Found(accelerations: [2, 1], brakings: [2, 0]));
        // Trip 2: nothing driven, one braking found.
        recovery.Add(Drive(), Found(accelerations: [0, 0], brakings: [1, 0]));

        Assert.Equal(new HarshRecovery.Recovery(True: 4, Found: 5, Matched: 3), recovery.Longitudinal(0));
        Assert.Equal(new HarshRecovery.Recovery(True: 1, Found: 1, Matched: 0), recovery.Longitudinal(1));
        Assert.Equal((0.75, 0.6), (recovery.Longitudinal(0).Recall, recovery.Longitudinal(0).Precision));
        Assert.True(double.IsNaN(recovery.Longitudinal(2).Recall) && double.IsNaN(recovery.Longitudinal(2).Precision));
    }

    [Fact]
    public void The_distance_error_is_relative_to_the_miles_driven()
    {
        var recovery = new HarshRecovery();
        recovery.Add(Drive(), Found([0, 0], [0, 0]) with { Miles = 2 * 1.05 });

        Assert.Equal(0.05, recovery.DistanceError, 9);
    }

    private static DriveRecord Drive(params HarshEpisode[] episodes) => new(Samples, episodes, 2 * 1609.344);

    private static HarshEpisode Braking(int thresholds) => new(HarshManoeuvre.Braking, 10, 11, 10.5, 4, thresholds);

    private static HarshEpisode Acceleration(int thresholds) => new(HarshManoeuvre.Acceleration, 20, 21, 20.5, 3, thresholds);

    private static ObservedTrip Found(int[] accelerations, int[] brakings) =>
        new([.. accelerations, 0, 0, 0, 0], [.. brakings, 0, 0, 0, 0], new int[5], new int[5], 2, 1);
}
