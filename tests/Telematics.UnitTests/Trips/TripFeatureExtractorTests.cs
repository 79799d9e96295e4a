using Telematics.Trips;

namespace Telematics.UnitTests.Trips;

public sealed class TripFeatureExtractorTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 10, 30, 0, TimeSpan.Zero);
    private const double MphPerSecond = HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;

    [Fact]
    public void Constant_speed_in_a_straight_line_covers_speed_times_time_all_of_it_moving()
    {
        var events = new TripBuilder(Start).Cruise(speedMps: 20, seconds: 601).Build();

        var features = TripFeaturesOf.Events(events);

        Assert.Equal(600, features.DurationS, precision: 6);
        Assert.Equal(12_000, features.DistanceM, tolerance: 12);
        Assert.Equal(12_000, features.SpeedIntegratedDistanceM, precision: 6);
        Assert.Equal(1, features.DistanceCrossCheckRatio, tolerance: 0.001);
        Assert.Equal(600, features.MovingTimeS, precision: 6);
        Assert.Equal(0, features.IdleTimeS);
        Assert.Equal(0, features.GapTimeS);
        Assert.Equal(20, features.MeanMovingSpeedMps, precision: 9);
        Assert.Equal(20, features.MaxSpeedMps);
        Assert.Equal(601, features.EventCount);
        Assert.All(features.BrakingCounts, c => Assert.Equal(0, c));
        Assert.All(features.AccelerationCounts, c => Assert.Equal(0, c));
    }

    [Fact]
    public void A_trip_with_exactly_two_harsh_brakings_counts_each_once_at_every_threshold_up_to_its_level()
    {
        var events = new TripBuilder(Start)
            .Cruise(20, 10)
            .Cruise(18, 2, accelLong: -7 * MphPerSecond)
            .Cruise(15, 10)
            .Cruise(12, 3, accelLong: -12 * MphPerSecond)
            .Cruise(5, 10)
            .Build();

        var features = TripFeaturesOf.Events(events);

        Assert.Equal([2, 1, 1, 1, 1, 0], features.BrakingCounts);
        Assert.Equal(2, features.HarshBrakings);
        Assert.All(features.AccelerationCounts, c => Assert.Equal(0, c));
    }

    [Fact]
    public void A_three_second_braking_at_ten_hertz_is_one_braking_not_thirty()
    {
        var events = new TripBuilder(Start)
            .Cruise(20, 10, hz: 10)
            .Cruise(15, 3, hz: 10, accelLong: -10 * MphPerSecond)
            .Cruise(10, 10, hz: 10)
            .Build();

        var features = TripFeaturesOf.Events(events);

        Assert.Equal([1, 1, 1, 0, 0, 0], features.BrakingCounts);
    }

    [Fact]
    public void A_jolt_shorter_than_the_minimum_duration_is_not_a_braking_but_one_just_as_long_is()
    {
        var jolt = new TripBuilder(Start).Cruise(20, 5, hz: 10).Cruise(20, 0.4, hz: 10, accelLong: -15 * MphPerSecond).Cruise(20, 5, hz: 10).Build();
        var braking = new TripBuilder(Start).Cruise(20, 5, hz: 10).Cruise(20, 0.5, hz: 10, accelLong: -15 * MphPerSecond).Cruise(20, 5, hz: 10).Build();

        Assert.Equal([0, 0, 0, 0, 0, 0], TripFeaturesOf.Events(jolt).BrakingCounts);
        Assert.Equal([1, 1, 1, 1, 1, 1], TripFeaturesOf.Events(braking).BrakingCounts);
    }

    [Fact]
    public void A_one_sample_spike_inside_a_mild_braking_does_not_promote_it()
    {
        var events = new TripBuilder(Start)
            .Cruise(20, 5, hz: 10)
            .Cruise(18, 1.5, hz: 10, accelLong: -7 * MphPerSecond)
            .Cruise(17, 0.1, hz: 10, accelLong: -15 * MphPerSecond)
            .Cruise(16, 1.5, hz: 10, accelLong: -7 * MphPerSecond)
            .Cruise(15, 5, hz: 10)
            .Build();

        Assert.Equal([1, 0, 0, 0, 0, 0], TripFeaturesOf.Events(events).BrakingCounts);
    }

    [Fact]
    public void Hysteresis_keeps_a_wavering_braking_one_episode_and_a_real_release_splits_it()
    {
        var wavering = new TripBuilder(Start).Cruise(20, 5)
            .Cruise(18, 2, accelLong: -7 * MphPerSecond).Cruise(17, 1, accelLong: -5.5 * MphPerSecond).Cruise(16, 2, accelLong: -7 * MphPerSecond)
            .Cruise(15, 5).Build();
        var released = new TripBuilder(Start).Cruise(20, 5)
            .Cruise(18, 2, accelLong: -7 * MphPerSecond).Cruise(17, 1, accelLong: -4 * MphPerSecond).Cruise(16, 2, accelLong: -7 * MphPerSecond)
            .Cruise(15, 5).Build();

        Assert.Equal(1, TripFeaturesOf.Events(wavering).HarshBrakings);
        Assert.Equal(2, TripFeaturesOf.Events(released).HarshBrakings);
    }

    [Fact]
    public void Turns_are_counted_by_side_and_lateral_intensity()
    {
        var events = new TripBuilder(Start)
            .Cruise(15, 5)
            .Cruise(15, 2, accelLat: 10.5 * MphPerSecond)
            .Cruise(15, 5)
            .Cruise(15, 2, accelLat: -8 * MphPerSecond)
            .Cruise(15, 5)
            .Build();

        var features = TripFeaturesOf.Events(events);

        Assert.Equal([1, 1, 1, 0, 0], features.LeftTurnCounts);
        Assert.Equal([1, 0, 0, 0, 0], features.RightTurnCounts);
    }

    [Fact]
    public void A_gap_in_the_data_is_neither_a_braking_nor_moving_time_but_its_distance_counts()
    {
        var events = new TripBuilder(Start).Cruise(25, 60).Silence(10, 30).Cruise(5, 60).Build();

        var features = TripFeaturesOf.Events(events);

        Assert.All(features.BrakingCounts, c => Assert.Equal(0, c));
        Assert.Equal(31, features.GapTimeS, precision: 6);
        Assert.Equal(59 + 59, features.MovingTimeS, precision: 6);
        Assert.Equal(25 * 60 + 10 * 30 + 5 * 59, features.DistanceM, tolerance: 3);
        Assert.Equal(325, features.GapDistanceM, tolerance: 1);
        Assert.Equal(1, features.DistanceCrossCheckRatio, tolerance: 0.001);
    }

    [Fact]
    public void A_gap_ends_an_open_braking_episode()
    {
        var events = new TripBuilder(Start)
            .Cruise(15, 2, accelLong: -7 * MphPerSecond).Silence(15, 28)
            .Cruise(15, 2, accelLong: -7 * MphPerSecond)
            .Build();

        Assert.Equal(2, TripFeaturesOf.Events(events).HarshBrakings);
    }

    [Fact]
    public void The_same_motion_sampled_at_1_Hz_and_10_Hz_gives_the_same_features()
    {
        TripBuilder Motion(int hz) => new TripBuilder(Start)
            .Cruise(20, 10, hz)
            .Cruise(17, 3, hz, accelLong: -9.5 * MphPerSecond)
            .Cruise(14, 10, hz)
            .Cruise(16, 2, hz, accelLong: 8.5 * MphPerSecond)
            .Cruise(16, 10, hz)
            .Cruise(12, 2, hz, accelLat: 11.5 * MphPerSecond)
            .Cruise(12, 1, hz, accelLat: -12.5 * MphPerSecond)
            .Cruise(12, 10, hz);

        var slow = TripFeaturesOf.Events(Motion(1).Build());
        var fast = TripFeaturesOf.Events(Motion(10).Build());

        Assert.Equal([1, 1, 1, 0, 0, 0], slow.BrakingCounts);
        Assert.Equal(slow.BrakingCounts, fast.BrakingCounts);
        Assert.Equal(slow.AccelerationCounts, fast.AccelerationCounts);
        Assert.Equal(slow.LeftTurnCounts, fast.LeftTurnCounts);
        Assert.Equal(slow.RightTurnCounts, fast.RightTurnCounts);
        Assert.Equal([1, 1, 0, 0, 0, 0], fast.AccelerationCounts);
        Assert.Equal([1, 1, 1, 1, 0], fast.LeftTurnCounts);
        Assert.Equal([1, 1, 1, 1, 1], fast.RightTurnCounts);
    }

    [Fact]
    public void Frozen_positions_fail_the_distance_cross_check_while_distance_follows_the_reported_speed()
    {
        var frozen = new TripBuilder(Start).Cruise(20, 61).Build().Select(e => e with { Longitude = -73.6 });

        var features = TripFeaturesOf.Events(frozen);

        Assert.Equal(1200, features.DistanceM, precision: 6);
        Assert.Equal(0, features.PositionDistanceM);
        Assert.Equal(1200, features.SpeedIntegratedDistanceM, precision: 6);
        Assert.Equal(0, features.DistanceCrossCheckRatio);
    }

    [Fact]
    public void Parking_jitter_is_idle_time_not_distance()
    {
        var parked = new TripBuilder(Start).Cruise(0, 120).Build()
            .Select((e, i) => e with { Latitude = e.Latitude + (i % 2 == 0 ? 3e-5 : -3e-5), SpeedMps = 0.3 })
            .ToList();

        var features = TripFeaturesOf.Events(parked);

        Assert.Equal(0, features.DistanceM);
        Assert.Equal(119, features.IdleTimeS, precision: 6);
        Assert.Equal(0, features.MovingTimeS);
    }

    [Fact]
    public void Speeding_uses_the_reported_limit_and_falls_back_to_the_configured_one()
    {
        var overPostedLimit = new TripBuilder(Start).Cruise(60 / 3.6, 61).Build().Select(e => e with { SpeedLimitMps = 50 / 3.6 });
        var unpostedCity = new TripBuilder(Start).Cruise(60 / 3.6, 61).Build();
        var unpostedRacing = new TripBuilder(Start).Cruise(40, 61).Build();

        var posted = TripFeaturesOf.Events(overPostedLimit);

        Assert.Equal(60, posted.SpeedingTimeS, precision: 6);
        Assert.Equal(1000, posted.SpeedingDistanceM, tolerance: 1);
        Assert.Equal(0, TripFeaturesOf.Events(unpostedCity).SpeedingTimeS);
        Assert.Equal(60, TripFeaturesOf.Events(unpostedRacing).SpeedingTimeS, precision: 6);
        Assert.Equal(0, TripFeaturesOf.Events(unpostedRacing, new TripFeatureOptions { TimeZoneId = "UTC", FallbackSpeedLimitMps = null }).SpeedingTimeS);
    }

    [Fact]
    public void Phone_use_counts_only_while_moving()
    {
        var events = new TripBuilder(Start).Cruise(0, 30).Cruise(15, 31).Build().Select(e => e with { PhoneInUse = true });

        var features = TripFeaturesOf.Events(events);

        Assert.Equal(29, features.IdleTimeS, precision: 6);
        Assert.Equal(31, features.MovingTimeS, precision: 6);
        Assert.Equal(features.MovingTimeS, features.PhoneUseS);
    }

    [Fact]
    public void A_trip_across_local_midnight_splits_its_distance_between_the_two_days_and_into_the_night()
    {
        // Friday 2026-01-09 23:50 in Toronto (UTC-5) is Saturday 04:50 UTC.
        var toronto = new TripFeatureOptions { TimeZoneId = "America/Toronto" };
        var events = new TripBuilder(new DateTimeOffset(2026, 1, 10, 4, 50, 0, TimeSpan.Zero)).Cruise(20, 1201).Build();

        var features = TripFeaturesOf.Events(events, toronto);

        Assert.Equal(12_000, features.FridayDistanceM, tolerance: 12);
        Assert.Equal(12_000, features.SaturdayDistanceM, tolerance: 12);
        Assert.Equal(features.SaturdayDistanceM, features.NightDistanceM);
        Assert.Equal(600, features.NightMovingTimeS, precision: 6);
        Assert.Equal(features.DistanceM, features.WeekdayDistanceM + features.WeekendDistanceM, precision: 6);
        Assert.Equal(new DateOnly(2026, 1, 9), features.LocalStartDate);
        Assert.Equal(new DateOnly(2026, 1, 10), features.LocalEndDate);
    }

    [Fact]
    public void Rush_hours_are_local_weekday_hours()
    {
        var toronto = new TripFeatureOptions { TimeZoneId = "America/Toronto" };
        var mondayMorning = new TripBuilder(new DateTimeOffset(2026, 1, 5, 12, 30, 0, TimeSpan.Zero)).Cruise(20, 61).Build();
        var saturdayMorning = new TripBuilder(new DateTimeOffset(2026, 1, 10, 12, 30, 0, TimeSpan.Zero)).Cruise(20, 61).Build();
        var mondayEvening = new TripBuilder(new DateTimeOffset(2026, 1, 5, 21, 30, 0, TimeSpan.Zero)).Cruise(20, 61).Build();

        var monday = TripFeaturesOf.Events(mondayMorning, toronto);
        var evening = TripFeaturesOf.Events(mondayEvening, toronto);

        Assert.Equal(monday.DistanceM, monday.RushAmDistanceM);
        Assert.Equal(0, monday.RushPmDistanceM);
        Assert.Equal(0, TripFeaturesOf.Events(saturdayMorning, toronto).RushAmDistanceM);
        Assert.Equal(evening.DistanceM, evening.RushPmDistanceM);
        Assert.True(monday.DistanceM > 1000);
    }

    [Fact]
    public void Local_hours_start_on_the_local_clock_in_a_zone_offset_by_a_quarter_hour()
    {
        // 01:14 UTC is 06:59 in Kathmandu (UTC+5:45), a minute before the morning rush.
        var kathmandu = new TripFeatureOptions { TimeZoneId = "Asia/Kathmandu" };
        var events = new TripBuilder(new DateTimeOffset(2026, 1, 5, 1, 14, 0, TimeSpan.Zero)).Cruise(20, 121).Build();

        var features = TripFeaturesOf.Events(events, kathmandu);

        Assert.Equal(1200, features.RushAmDistanceM, tolerance: 2);
        Assert.Equal(2400, features.DistanceM, tolerance: 3);
    }
}
