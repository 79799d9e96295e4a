using Telematics.Api.Telemetry;

namespace Telematics.UnitTests.Telemetry;

/// <summary>The range test every path shares (HTTP batches, Teltonika, OsmAnd): a value outside it is refused by name.</summary>
public sealed class EventRangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(double.NaN, 0.0, "latitude")]
    [InlineData(45.5, double.NaN, "longitude")]
    [InlineData(double.PositiveInfinity, 0.0, "latitude")]
    [InlineData(45.5, double.NegativeInfinity, "longitude")]
    [InlineData(91.0, 0.0, "latitude")]
    public void A_coordinate_that_is_not_a_number_in_range_is_refused_by_name(double latitude, double longitude, string field)
    {
        var request = new EventBatchRequest("VEH-0001", [new EventDto
        {
            Timestamp = Now.AddMinutes(-1), Latitude = latitude, Longitude = longitude, SpeedMps = 10, HeadingDeg = 90,
            AccelLongMps2 = 0, AccelLatMps2 = 0,
        }]);

        var (_, events, errors) = EventBatchValidator.Validate(request, Now, new IngestionOptions());

        Assert.Empty(events);
        Assert.Equal([$"events[0].{field}"], errors.Keys);
    }
}
