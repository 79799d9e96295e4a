using Microsoft.AspNetCore.WebUtilities;
using Telematics.Api.Devices.OsmAnd;
using Telematics.Simulator.Devices;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Simulator;

public sealed class OsmAndQueryTests
{
    private static readonly TelematicsEvent Fix = new(
        new DateTimeOffset(2026, 11, 3, 7, 45, 12, 345, TimeSpan.Zero).AddTicks(6_780), 45.501_234_567, -73.567_891_234, 13.9, 271.5, 1.2, -0.4,
        AccuracyM: 4.5, Ignition: true);

    [Fact]
    public void The_Api_reads_back_the_position_the_simulator_sends()
    {
        var query = QueryHelpers.ParseQuery(OsmAndQuery.PathAndQuery("osmand-VEH-0001", Fix)[1..]);

        Assert.True(OsmAndQueryParser.TryParse(query, out var position, out var error), error);
        Assert.Equal("osmand-VEH-0001", position.DeviceId);
        Assert.Equal(Fix.Timestamp, position.Timestamp);
        Assert.Equal((Fix.Latitude, Fix.Longitude), (position.Latitude, position.Longitude));
        Assert.Equal(Fix.SpeedMps, position.SpeedMps!.Value, precision: 9);
        Assert.Equal((Fix.HeadingDeg, Fix.AccuracyM, Fix.Ignition), (position.HeadingDeg, position.AccuracyM, position.Ignition));
        Assert.Empty(position.Attributes);
    }

    [Fact]
    public void Fields_the_fix_lacks_are_left_out_and_ignition_off_is_sent()
    {
        var path = OsmAndQuery.PathAndQuery("osmand-VEH-0001", Fix with { AccuracyM = null, Ignition = false });

        Assert.DoesNotContain("accuracy=", path);
        Assert.EndsWith("&ignition=false", path);
    }

    [Fact]
    public void A_device_id_is_escaped_in_the_query() =>
        Assert.StartsWith("/?id=osmand-VEH%20%26%201&", OsmAndQuery.PathAndQuery(OsmAndQuery.DeviceIdOf("VEH & 1"), Fix));
}
