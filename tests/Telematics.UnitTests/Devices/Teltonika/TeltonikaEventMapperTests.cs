using System.Globalization;
using Telematics.Api.Devices.Teltonika;
using Telematics.Devices;
using Telematics.Telemetry;
using Telematics.UnitTests.Devices.Vectors;

namespace Telematics.UnitTests.Devices.Teltonika;

public sealed class TeltonikaEventMapperTests
{
    [Fact]
    public void The_devices_harsh_braking_becomes_an_alarm_with_its_intensity_not_an_acceleration_reading()
    {
        var e = Events("T09")[0];

        Assert.Equal(0.31 * 9.80665, double.Parse(e.Attributes![DeviceAttributes.HarshIntensityMps2], CultureInfo.InvariantCulture), 9);
        Assert.Equal(0, e.AccelLongMps2);
        Assert.Equal("false", e.Attributes[DeviceAttributes.Accelerometer]);
        Assert.Equal(81 / 3.6, e.SpeedMps, 9);
        Assert.True(e.Ignition);
        Assert.Equal(DeviceAlarms.HardBraking, e.Attributes![DeviceAttributes.Alarm]);
        Assert.Equal("true", e.Attributes[DeviceAttributes.Movement]);
    }

    [Fact]
    public void Harsh_acceleration_is_an_alarm_with_its_intensity()
    {
        var e = Events("T23")[0];

        Assert.Equal(0.33 * 9.80665, double.Parse(e.Attributes![DeviceAttributes.HarshIntensityMps2], CultureInfo.InvariantCulture), 9);
        Assert.Equal(DeviceAlarms.HardAcceleration, e.Attributes![DeviceAttributes.Alarm]);
    }

    [Fact]
    public void Axes_are_signed_milli_g_and_a_crash_raises_the_accident_alarm()
    {
        var e = Events("T08")[0];

        Assert.Equal("-27", e.Attributes![DeviceAttributes.AxisXMilliG]);
        Assert.Equal("31", e.Attributes[DeviceAttributes.AxisYMilliG]);
        Assert.Equal("-50", e.Attributes[DeviceAttributes.AxisZMilliG]);
        Assert.Equal(DeviceAlarms.Accident, e.Attributes[DeviceAttributes.Alarm]);
        Assert.Equal("12168668", e.Attributes[DeviceAttributes.OdometerM]);
        Assert.False(e.Ignition);
    }

    [Fact]
    public void Ids_we_do_not_interpret_are_kept_raw()
    {
        var e = Events("P01")[0];

        Assert.Equal("12835", e.Attributes!["io66"]);
        Assert.Equal("0", e.Attributes["io1"]);
        Assert.Equal("-4", e.Attributes[DeviceAttributes.AltitudeM]);
        Assert.Null(e.Ignition);
        Assert.Equal(0, e.AccelLongMps2);
    }

    [Fact]
    public void A_gh3000_record_without_coordinates_becomes_no_event()
    {
        var records = TeltonikaTcpPacket.Read(TeltonikaVector.Get("T32").Bytes).Records;

        Assert.Equal([false, true, true, false], records.Select(r => TeltonikaEventMapper.ToEvent(r) is not null));
    }

    private static List<TelematicsEvent> Events(string vectorId) =>
        [.. TeltonikaAvlDecoder.Decode(TeltonikaVector.Get(vectorId).Bytes.AsSpan(8)).Records.Select(r => TeltonikaEventMapper.ToEvent(r)!)];
}
