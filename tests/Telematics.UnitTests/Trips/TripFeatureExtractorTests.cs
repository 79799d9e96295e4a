using Telematics.Trips;

namespace Telematics.UnitTests.Trips;

public sealed class TripFeatureExtractorTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 7, 30, 0, TimeSpan.Zero);
    private const double MphPerSecond = HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;

    [Fact]
    public void Constant_speed_in_a_straight_line_covers_speed_times_time()
    {
        var events = new TripBuilder(Start).Cruise(speedMps: 20, seconds: 601).Build();

        var features = TripFeatureExtractor.Extract(events);

        Assert.Equal(600, features.DurationS, precision: 6);
        Assert.Equal(12_000, features.DistanceM, tolerance: 12);
        Assert.Equal(20, features.MaxSpeedMps);
        Assert.All(features.BrakingCounts, c => Assert.Equal(0, c));
    }

    [Fact]
    public void A_three_second_braking_at_ten_hertz_is_one_braking_counted_at_each_threshold_up_to_its_peak()
    {
        var events = new TripBuilder(Start)
            .Cruise(20, 10, hz: 10)
            .Cruise(15, 3, hz: 10, accelLong: -10 * MphPerSecond)
            .Cruise(10, 10, hz: 10)
            .Build();

        var features = TripFeatureExtractor.Extract(events);

        Assert.Equal([1, 1, 1, 0, 0, 0], features.BrakingCounts);
        Assert.All(features.AccelerationCounts, c => Assert.Equal(0, c));
    }

    [Fact]
    public void A_gap_in_the_data_splits_an_episode()
    {
        var braking = new TripBuilder(Start).Cruise(15, 2, accelLong: -7 * MphPerSecond).Build();
        var afterGap = new TripBuilder(Start.AddSeconds(30)).Cruise(15, 2, accelLong: -7 * MphPerSecond).Build();

        var features = TripFeatureExtractor.Extract([.. braking, .. afterGap]);

        Assert.Equal(2, features.BrakingCounts[0]);
    }
}
