using Telematics.Telemetry;
using Telematics.UnitTests.Trips;

namespace Telematics.UnitTests.Telemetry;

public sealed class TelemetryCleanerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 30, 0, TimeSpan.Zero);
    private const double MphPerSecond = Telematics.Trips.HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;

    private static List<TelematicsEvent> StraightTrip() => new TripBuilder(Start).Cruise(20, 121).Build();

    [Fact]
    public void Duplicated_and_shuffled_events_give_the_features_of_the_ordered_trip()
    {
        var events = new TripBuilder(Start).Cruise(20, 30).Cruise(15, 3, accelLong: -9 * MphPerSecond).Cruise(10, 30).Build();
        var shuffle = new Random(7);
        var delivered = events.Concat(events.Take(20)).OrderBy(_ => shuffle.Next()).ToList();

        var expected = TripFeaturesOf.Events(events);
        var actual = TripFeaturesOf.Events(delivered);

        Assert.Equal(TripFeaturesOf.Comparable(expected), TripFeaturesOf.Comparable(actual));
        Assert.Equal(20, actual.DuplicateEventCount);
        Assert.Equal(events.Count, actual.EventCount);
        Assert.Equal(1, actual.HarshBrakings);
    }

    [Fact]
    public void Of_two_events_at_the_same_time_the_first_delivered_is_kept()
    {
        var first = StraightTrip()[0];
        var resent = first with { SpeedMps = 99 };

        var cleaned = TelemetryCleaner.Clean([first, resent], new TelemetryCleaningOptions());

        Assert.Equal(20, Assert.Single(cleaned.Samples).SpeedMps);
        Assert.Equal(1, cleaned.DuplicateCount);
    }

    [Fact]
    public void A_gps_jump_loses_its_position_and_adds_no_distance()
    {
        var events = StraightTrip();
        events[60] = events[60] with { Latitude = events[60].Latitude + 0.05 };

        var features = TripFeaturesOf.Events(events);

        Assert.Equal(TripFeaturesOf.Events(StraightTrip()).DistanceM, features.DistanceM, precision: 6);
        Assert.Equal(1, features.RejectedPositionCount);
        Assert.Equal(121, features.EventCount);
    }

    [Fact]
    public void A_jump_on_the_first_fix_does_not_reject_the_rest_of_the_trip()
    {
        var events = StraightTrip();
        events[0] = events[0] with { Latitude = events[0].Latitude + 0.05 };

        var features = TripFeaturesOf.Events(events);

        Assert.Equal(1, features.RejectedPositionCount);
        Assert.Equal(20 * 120, features.DistanceM, precision: 6);
        Assert.Equal(20 * 119, features.PositionDistanceM, tolerance: 3);
    }

    [Fact]
    public void Non_finite_readings_leave_every_feature_finite()
    {
        var events = StraightTrip();
        events[10] = events[10] with { SpeedMps = double.NaN };
        events[20] = events[20] with { AccelLongMps2 = double.PositiveInfinity, AccelLatMps2 = double.NegativeInfinity };
        events[30] = events[30] with { AccuracyM = double.PositiveInfinity };
        events[40] = events[40] with { AccuracyM = double.NaN };
        events[50] = events[50] with { Latitude = double.NaN, Longitude = double.PositiveInfinity };
        events[60] = events[60] with { SpeedLimitMps = double.NaN };

        var features = TripFeaturesOf.Events(events);

        var notFinite = typeof(Telematics.Trips.TripFeatures).GetProperties()
            .Where(p => p.PropertyType == typeof(double) && !double.IsFinite((double)p.GetValue(features)!))
            .Select(p => p.Name);
        Assert.Empty(notFinite);
        Assert.Equal(121, features.EventCount);
        Assert.Equal(3, features.RejectedPositionCount);
        Assert.Equal(0, features.HarshAccelerations + features.HarshBrakings);
    }

    [Fact]
    public void A_fix_with_poor_accuracy_or_null_island_coordinates_loses_its_position()
    {
        var events = StraightTrip();
        events[30] = events[30] with { Latitude = events[30].Latitude + 0.0003, AccuracyM = 80 };
        events[31] = events[31] with { AccuracyM = null };
        events[90] = events[90] with { Latitude = 0, Longitude = 0 };

        var features = TripFeaturesOf.Events(events);

        Assert.Equal(2, features.RejectedPositionCount);
        Assert.Equal(TripFeaturesOf.Events(StraightTrip()).DistanceM, features.DistanceM, precision: 6);
    }

    [Fact]
    public void A_rejected_position_keeps_the_other_readings_of_its_sample()
    {
        var events = new TripBuilder(Start).Cruise(20, 10).Cruise(18, 2, accelLong: -7 * MphPerSecond).Cruise(16, 10).Build()
            .Select(e => e.AccelLongMps2 < 0 ? e with { AccuracyM = 500 } : e);

        var features = TripFeaturesOf.Events(events);

        Assert.Equal(2, features.RejectedPositionCount);
        Assert.Equal(1, features.HarshBrakings);
        Assert.Equal(0, features.GapTimeS);
    }
}
