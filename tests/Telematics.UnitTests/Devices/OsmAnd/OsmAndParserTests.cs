using System.Globalization;
using System.Text.Json;
using Telematics.Api.Devices.OsmAnd;
using Telematics.Devices;
using Telematics.UnitTests.Devices.Vectors;

namespace Telematics.UnitTests.Devices.OsmAnd;

public sealed class OsmAndParserTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 1, 5, 7, 30, 0, TimeSpan.Zero);

    public static TheoryData<OsmAndSample> Samples => [.. OsmAndSample.All];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_parses_to_its_device_and_only_O05_lacks_a_location(OsmAndSample sample)
    {
        var position = Parse(sample);

        Assert.Equal(sample.Id == "O06" ? null : DerivedValue(sample, "deviceId"), position.DeviceId);
        var e = OsmAndEventMapper.ToEvent(position, ReceivedAt);
        if (sample.Id == "O05")
        {
            Assert.Null(e);
            return;
        }

        Assert.NotNull(e);
        Assert.Equal(double.Parse(DerivedValue(sample, "lat"), CultureInfo.InvariantCulture), e.Latitude);
        Assert.Equal(double.Parse(DerivedValue(sample, "lon"), CultureInfo.InvariantCulture), e.Longitude);
    }

    [Theory]
    [InlineData("O05", "2013-08-22T13:14:27Z")]
    [InlineData("O08", "2015-09-12T14:38:06.579Z")]
    [InlineData("O07", "2016-01-27T18:55:47Z")]
    [InlineData("O09", "2014-06-04T09:10:11Z")]
    [InlineData("O12", "2026-01-05T07:30:00Z")]
    [InlineData("O01", "2025-06-15T13:45:12.862Z")]
    public void Timestamps_in_seconds_milliseconds_iso_and_plain_text_or_none_are_read_as_utc(string id, string expected)
    {
        var position = Parse(OsmAndSample.Get(id));

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), position.Timestamp ?? ReceivedAt);
    }

    [Fact]
    public void Query_speed_is_knots_and_free_parameters_become_attributes()
    {
        var e = OsmAndEventMapper.ToEvent(Parse(OsmAndSample.Get("O15")), ReceivedAt)!;

        Assert.Equal(40 * 1852.0 / 3600, e.SpeedMps, 9);
        Assert.Equal(7.19889788244, e.HeadingDeg, 9);
        Assert.True(e.Ignition);
        Assert.Equal("933", e.Attributes!["rpm"]);
        Assert.Equal("24", e.Attributes["fuel"]);
    }

    [Fact]
    public void Json_speed_is_metres_per_second_and_unknowns_are_left_unset()
    {
        var c02 = OsmAndEventMapper.ToEvent(Parse(OsmAndSample.Get("C02")), ReceivedAt)!;
        var o03 = Parse(OsmAndSample.Get("O03"));

        Assert.Equal(8.5, c02.SpeedMps);
        Assert.Equal(90, c02.HeadingDeg);
        Assert.Equal(12, c02.AccuracyM);
        Assert.Equal("true", c02.Attributes![DeviceAttributes.Movement]);
        Assert.Equal("1234.5", c02.Attributes[DeviceAttributes.OdometerM]);
        Assert.Equal("81", c02.Attributes[DeviceAttributes.BatteryPercent]);
        Assert.Null(o03.SpeedMps);
        Assert.Null(o03.HeadingDeg);
        Assert.False(o03.Attributes.ContainsKey(DeviceAttributes.BatteryPercent));
    }

    [Fact]
    public void Integral_json_extras_stay_integers()
    {
        var attributes = Parse(OsmAndSample.Get("O02")).Attributes;

        Assert.Equal("12", attributes["device_integer_twelve_test"]);
        Assert.Equal("1.345", attributes["device_double_test"]);
        Assert.Equal("true", attributes["device_bool_test"]);
        Assert.Equal("long_device_id", attributes["device_string_test"]);
    }

    [Theory]
    [InlineData("/?id=1&lat=north&lon=30")]
    [InlineData("/?id=1&timestamp=yesterday&lat=60&lon=30")]
    [InlineData("/?id=1&location=60")]
    [InlineData("/?id=1&location=NaN,NaN")]
    [InlineData("/?id=1&location=45.5,NaN")]
    [InlineData("/?id=1&location=Infinity,30")]
    [InlineData("/?id=1&lat=NaN&lon=30")]
    public void A_value_that_does_not_parse_is_named(string request)
    {
        var sample = new OsmAndSample("X", "GET", request, "");

        Assert.False(OsmAndQueryParser.TryParse(sample.Query, out _, out var error));
        Assert.StartsWith("Not understood:", error);
    }

    private static OsmAndPosition Parse(OsmAndSample sample)
    {
        OsmAndPosition position;
        string error;
        var parsed = sample.IsJson
            ? OsmAndJsonParser.TryParse(JsonDocument.Parse(sample.Request).RootElement, out position, out error)
            : OsmAndQueryParser.TryParse(sample.Query, out position, out error);
        Assert.True(parsed, error);
        return position;
    }

    private static string DerivedValue(OsmAndSample sample, string key) =>
        sample.Derived.Split(';', ' ').Select(p => p.Trim()).First(p => p.StartsWith(key + "=")).Split('=')[1];
}
