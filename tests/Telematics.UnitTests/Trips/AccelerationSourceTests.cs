using Telematics.Devices;
using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.UnitTests.Trips;

/// <summary>
/// The sources of acceleration in their order (docs/features.md): the accelerometer, the device's own harsh events,
/// and acceleration derived from speed and heading, at every sampling interval from 0.1 s to 30 s.
/// </summary>
public sealed class AccelerationSourceTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 10, 30, 0, TimeSpan.Zero);
    private const double MphPerSecond = HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;

    /// <summary>
    /// A stop braking at −4.0 m/s² (8.9 mph/s) for 7.5 s, a start at +3.0 m/s² (6.7 mph/s) for 8 s and a braking at
    /// −5.5 m/s² (12.3 mph/s) for 4 s, each starting on a whole 10 s.
    /// </summary>
    private static KinematicTrip HeldOutTrip() => new KinematicTrip(Start, initialSpeedMps: 30)
        .Cruise(20).Accelerate(-4.0, 7.5).Cruise(12.5)
        .Accelerate(3.0, 8).Cruise(12)
        .Accelerate(-5.5, 4).Cruise(16);

    /// <summary>
    /// Exact at 0.1 and 1 s. At 5 s the −5.5 braking's 4 s fall in one interval, whose mean (−4.4 m/s², 9.8 mph/s) is
    /// a lower class; at 10 s only the stop's mean (−3.0 m/s², 6.7 mph/s) is still harsh. An accelerometer whose readings
    /// are means over the interval tells no more than the speeds do.
    /// </summary>
    [Theory]
    [InlineData(0.1, false, new[] { 2, 2, 1, 1, 1, 0 }, new[] { 1, 0, 0, 0, 0, 0 })]
    [InlineData(0.1, true, new[] { 2, 2, 1, 1, 1, 0 }, new[] { 1, 0, 0, 0, 0, 0 })]
    [InlineData(1, false, new[] { 2, 2, 1, 1, 1, 0 }, new[] { 1, 0, 0, 0, 0, 0 })]
    [InlineData(1, true, new[] { 2, 2, 1, 1, 1, 0 }, new[] { 1, 0, 0, 0, 0, 0 })]
    [InlineData(5, false, new[] { 2, 2, 1, 0, 0, 0 }, new[] { 1, 0, 0, 0, 0, 0 })]
    [InlineData(5, true, new[] { 2, 2, 1, 0, 0, 0 }, new[] { 1, 0, 0, 0, 0, 0 })]
    [InlineData(10, false, new[] { 1, 0, 0, 0, 0, 0 }, new[] { 0, 0, 0, 0, 0, 0 })]
    [InlineData(10, true, new[] { 1, 0, 0, 0, 0, 0 }, new[] { 0, 0, 0, 0, 0, 0 })]
    public void The_held_out_trip_counts_what_each_interval_can_see(double intervalS, bool accelerometer, int[] brakings, int[] accelerations)
    {
        var features = TripFeaturesOf.Events(HeldOutTrip().Sample(intervalS, accelerometer));

        Assert.Equal(brakings, features.BrakingCounts);
        Assert.Equal(accelerations, features.AccelerationCounts);
        Assert.Equal(0, features.GapTimeS);
        Assert.Equal(intervalS, features.MedianSampleIntervalS, precision: 6);
        var source = accelerometer ? FeatureSources.Accelerometer : FeatureSources.SpeedDerivedAcceleration | FeatureSources.HeadingDerivedAcceleration;
        var bounded = intervalS > 2 ? FeatureSources.DistanceBoundedAcceleration : FeatureSources.None;
        Assert.Equal(source | bounded | FeatureSources.ReportedSpeedDistance, features.Sources);
    }

    /// <summary>
    /// A stop from 20 m/s at −8 m/s² in the last 2.5 s of a 10 s interval, and a start to 20 m/s at +8 m/s² in the first
    /// 2.5 s of another: each interval's mean is 2 m/s² (4.5 mph/s, no harsh event), but the 175 m between its fixes
    /// need at least 3.6 m/s² (8.1 mph/s) with the default margins (speed up to 21 m/s, the chord 20 m shorter), so
    /// each counts at 6 and 8 mph/s. The same manoeuvres spread over the whole interval (−2 and +2 m/s² for 10 s) cover
    /// 100 m and stay unharsh.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void At_10_s_a_late_sharp_stop_and_an_early_sharp_start_count_by_the_distance_their_fixes_cover(bool accelerometer)
    {
        var sharp = new KinematicTrip(Start, initialSpeedMps: 20)
            .Cruise(27.5).Accelerate(-8, 2.5).Cruise(10)
            .Accelerate(8, 2.5).Cruise(27.5);
        var gentle = new KinematicTrip(Start, initialSpeedMps: 20)
            .Cruise(20).Accelerate(-2, 10).Cruise(10)
            .Accelerate(2, 10).Cruise(20);

        var sharpFeatures = TripFeaturesOf.Events(sharp.Sample(10, accelerometer));
        var gentleFeatures = TripFeaturesOf.Events(gentle.Sample(10, accelerometer));

        Assert.Equal(new[] { 1, 1, 0, 0, 0, 0 }, sharpFeatures.BrakingCounts);
        Assert.Equal(new[] { 1, 1, 0, 0, 0, 0 }, sharpFeatures.AccelerationCounts);
        Assert.Equal(new[] { 0, 0, 0, 0, 0, 0 }, gentleFeatures.BrakingCounts);
        Assert.Equal(new[] { 0, 0, 0, 0, 0, 0 }, gentleFeatures.AccelerationCounts);
        Assert.True(sharpFeatures.Sources.HasFlag(FeatureSources.DistanceBoundedAcceleration));
    }

    /// <summary>Over 30 s an interval holds whole manoeuvres, and the bound is not applied: the sharp stop is not seen.</summary>
    [Fact]
    public void At_30_s_the_distance_bound_is_not_applied()
    {
        var sharp = new KinematicTrip(Start, initialSpeedMps: 20).Cruise(57.5).Accelerate(-8, 2.5).Cruise(30);

        var features = TripFeaturesOf.Events(sharp.Sample(30, accelerometer: false));

        Assert.Equal(new[] { 0, 0, 0, 0, 0, 0 }, features.BrakingCounts);
        Assert.False(features.Sources.HasFlag(FeatureSources.DistanceBoundedAcceleration));
        Assert.True(features.Sources.HasFlag(FeatureSources.CoarseMotion));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1)]
    public void Turns_are_derived_from_heading_change_times_speed_by_side_and_intensity(double intervalS)
    {
        // Longer than the lateral derivation window (3 s), so their derived mean reaches their intensity.
        var trip = new KinematicTrip(Start, initialSpeedMps: 15)
            .Cruise(10).Turn(10.5 * MphPerSecond, 5).Cruise(10).Turn(-8.5 * MphPerSecond, 4).Cruise(10);

        var features = TripFeaturesOf.Events(trip.Sample(intervalS, accelerometer: false));

        Assert.Equal([1, 1, 1, 0, 0], features.LeftTurnCounts);
        Assert.Equal([1, 0, 0, 0, 0], features.RightTurnCounts);
        Assert.All(features.BrakingCounts, c => Assert.Equal(0, c));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1)]
    public void A_derived_turn_shorter_than_the_derivation_window_reads_its_share_of_the_window(double intervalS)
    {
        // 8.5 mph/s for 2 s, derived over 3 s, reads about 5.7 mph/s: under the lowest lateral threshold (8).
        var trip = new KinematicTrip(Start, initialSpeedMps: 15).Cruise(10).Turn(-8.5 * MphPerSecond, 2).Cruise(10);

        var features = TripFeaturesOf.Events(trip.Sample(intervalS, accelerometer: false));

        Assert.All(features.RightTurnCounts, c => Assert.Equal(0, c));
    }

    [Fact]
    public void Every_interval_up_to_30_s_is_driving_not_a_gap_and_its_mean_acceleration_counts()
    {
        // 25 mph in 10 s is 2.5 mph/s; 60 mph in 10 s (a stop from 27 m/s) is 6 mph/s, a harsh braking averaged.
        var trip = new KinematicTrip(Start, initialSpeedMps: 26.8224).Cruise(30).Accelerate(-2.68224, 10).Cruise(50);

        var ten = TripFeaturesOf.Events(trip.Sample(10, accelerometer: false));
        var thirty = TripFeaturesOf.Events(trip.Sample(30, accelerometer: false));

        Assert.Equal([1, 0, 0, 0, 0, 0], ten.BrakingCounts);
        Assert.Equal(0, ten.GapTimeS);
        Assert.Equal(0, thirty.GapTimeS);
        Assert.Equal(0, thirty.HarshBrakings);
        Assert.Equal(26.8224 * 30 + 26.8224 * 5, ten.DistanceM, tolerance: 1);
    }

    [Fact]
    public void A_silence_of_more_than_three_median_intervals_is_still_a_gap()
    {
        var events = new KinematicTrip(Start, initialSpeedMps: 20).Cruise(300).Sample(10, accelerometer: false);
        events.RemoveRange(10, 4);

        var features = TripFeaturesOf.Events(events);

        Assert.Equal(50, features.GapTimeS, precision: 6);
    }

    /// <summary>Mid-trip, and right after the first reading, where nothing before it can tell the spike.</summary>
    [Theory]
    [InlineData(60)]
    [InlineData(1)]
    public void A_speed_spike_no_car_could_reach_is_replaced_and_counts_for_nothing(int index)
    {
        var events = new KinematicTrip(Start, initialSpeedMps: 20).Cruise(120).Sample(1, accelerometer: false);
        events[index] = events[index] with { SpeedMps = 60 };

        var features = TripFeaturesOf.Events(events);

        Assert.Equal(20, features.MaxSpeedMps, precision: 9);
        Assert.Equal(1, features.RejectedSpeedCount);
        Assert.Equal(0, features.HarshAccelerations);
        Assert.Equal(0, features.HarshBrakings);
        Assert.Equal(2400, features.DistanceM, precision: 6);
    }

    [Fact]
    public void The_devices_own_harsh_braking_counts_at_any_interval_and_once_when_speed_shows_it_too()
    {
        var trip = new KinematicTrip(Start, initialSpeedMps: 25).Cruise(20).Accelerate(-5, 3).Cruise(27);
        var slow = WithDeviceBraking(trip.Sample(10, accelerometer: false), at: Start.AddSeconds(21.5), intensityMps2: 5);
        var fast = WithDeviceBraking(trip.Sample(1, accelerometer: false), at: Start.AddSeconds(21.5), intensityMps2: 5);

        var slowFeatures = TripFeaturesOf.Events(slow);
        var fastFeatures = TripFeaturesOf.Events(fast);

        Assert.Equal([1, 1, 1, 1, 0, 0], slowFeatures.BrakingCounts);
        Assert.Equal([1, 1, 1, 1, 0, 0], fastFeatures.BrakingCounts);
        Assert.True(slowFeatures.Sources.HasFlag(FeatureSources.DeviceHarshEvents));
    }

    [Fact]
    public void A_device_event_of_unknown_intensity_counts_at_the_lowest_class_and_one_below_it_not_at_all()
    {
        var trip = new KinematicTrip(Start, initialSpeedMps: 25).Cruise(60);
        var unknown = WithDeviceBraking(trip.Sample(10, accelerometer: false), at: Start.AddSeconds(25), intensityMps2: null);
        var mild = WithDeviceBraking(trip.Sample(10, accelerometer: false), at: Start.AddSeconds(25), intensityMps2: 2.0);

        Assert.Equal([1, 0, 0, 0, 0, 0], TripFeaturesOf.Events(unknown).BrakingCounts);
        Assert.Equal([0, 0, 0, 0, 0, 0], TripFeaturesOf.Events(mild).BrakingCounts);
    }

    [Fact]
    public void The_devices_cornering_event_takes_its_side_from_the_heading()
    {
        var trip = new KinematicTrip(Start, initialSpeedMps: 15).Cruise(20).Turn(-2, 10).Cruise(30);
        var events = trip.Sample(10, accelerometer: false);
        var i = events.FindIndex(e => e.Timestamp == Start.AddSeconds(30));
        events[i] = events[i] with { Attributes = new Dictionary<string, string> { [DeviceAttributes.Accelerometer] = "false", [DeviceAttributes.Alarm] = DeviceAlarms.HardCornering } };

        var features = TripFeaturesOf.Events(events);

        Assert.Equal([1, 0, 0, 0, 0], features.RightTurnCounts);
        Assert.Equal([0, 0, 0, 0, 0], features.LeftTurnCounts);
    }

    /// <summary>Adds the record a Teltonika tracker sends when it detects a harsh braking (a fix of its own).</summary>
    private static List<TelematicsEvent> WithDeviceBraking(List<TelematicsEvent> events, DateTimeOffset at, double? intensityMps2)
    {
        var before = events.Last(e => e.Timestamp < at);
        var attributes = new Dictionary<string, string> { [DeviceAttributes.Accelerometer] = "false", [DeviceAttributes.Alarm] = DeviceAlarms.HardBraking };
        if (intensityMps2 is { } intensity)
        {
            attributes[DeviceAttributes.HarshIntensityMps2] = intensity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return [.. events, before with { Timestamp = at, Attributes = attributes }];
    }
}
