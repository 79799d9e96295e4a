using Telematics.Api.Telemetry;
using Telematics.Devices;
using Telematics.Telemetry;
using Telematics.Trips;
using Telematics.UnitTests.Trips;

namespace Telematics.UnitTests.Telemetry;

/// <summary>
/// A batch event may leave out both accelerations, as a feed without an accelerometer does: the event is accepted and
/// marked so, and trip features derive its accelerations from speed and heading. One without the other is refused.
/// </summary>
public sealed class OptionalAccelerationTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_event_without_accelerations_is_accepted_as_one_from_a_feed_without_an_accelerometer()
    {
        var (_, events, errors) = Validate(Event(accelLong: null, accelLat: null));

        Assert.Empty(errors);
        var accepted = Assert.Single(events);
        Assert.Equal((0.0, 0.0), (accepted.AccelLongMps2, accepted.AccelLatMps2));
        Assert.False(DeviceReadings.HasAccelerometer(accepted));
    }

    [Fact]
    public void An_event_with_accelerations_is_an_accelerometer_reading()
    {
        var (_, events, errors) = Validate(Event(accelLong: -3.1, accelLat: 0.4));

        Assert.Empty(errors);
        Assert.True(DeviceReadings.HasAccelerometer(Assert.Single(events)));
    }

    [Theory]
    [InlineData(-3.1, null, "accelLatMps2", "is required.")]
    [InlineData(null, 0.4, "accelLongMps2", "is required.")]
    [InlineData(51.0, 0.0, "accelLongMps2", "must be between -50 and 50; was 51.")]
    [InlineData(0.0, double.NaN, "accelLatMps2", "must be between -50 and 50; was NaN.")]
    public void One_acceleration_without_the_other_or_one_out_of_range_is_refused_by_name(double? accelLong, double? accelLat, string field, string message)
    {
        var (_, events, errors) = Validate(Event(accelLong, accelLat));

        Assert.Empty(events);
        Assert.Equal([message], errors[$"events[0].{field}"]);
        Assert.Single(errors);
    }

    /// <summary>The held-out braking of −4.0 m/s² for 7.5 s, sent at 1 s without accelerations, counts at 6 and 8 mph/s.</summary>
    [Fact]
    public void A_trip_sent_without_accelerations_derives_its_harsh_braking_from_speed()
    {
        var trip = new KinematicTrip(Now.AddHours(-1), initialSpeedMps: 30).Cruise(20).Accelerate(-4.0, 7.5).Cruise(20);
        var dtos = trip.Sample(1, accelerometer: false).Select(e => new EventDto
        {
            Timestamp = e.Timestamp, Latitude = e.Latitude, Longitude = e.Longitude, SpeedMps = e.SpeedMps, HeadingDeg = e.HeadingDeg,
        });
        var (_, events, errors) = EventBatchValidator.Validate(new EventBatchRequest("VEH-0001", [.. dtos]), Now, new IngestionOptions());

        var features = TripFeaturesOf.Events(events);

        Assert.Empty(errors);
        Assert.Equal([1, 1, 0, 0, 0, 0], features.BrakingCounts);
        Assert.Equal(FeatureSources.SpeedDerivedAcceleration | FeatureSources.HeadingDerivedAcceleration | FeatureSources.ReportedSpeedDistance, features.Sources);
    }

    private static EventDto Event(double? accelLong, double? accelLat) => new()
    {
        Timestamp = Now.AddMinutes(-1), Latitude = 45.5, Longitude = -73.6, SpeedMps = 10, HeadingDeg = 90,
        AccelLongMps2 = accelLong, AccelLatMps2 = accelLat,
    };

    private static (string, List<TelematicsEvent>, Dictionary<string, string[]>) Validate(EventDto dto) =>
        EventBatchValidator.Validate(new EventBatchRequest("VEH-0001", [dto]), Now, new IngestionOptions());
}
