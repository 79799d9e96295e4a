using System.Buffers;
using System.Text;
using Telematics.Api.Devices.Teltonika;
using Telematics.Simulator.Devices;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Simulator;

public sealed class TeltonikaFrameEncoderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 15, 0, 123, TimeSpan.Zero);

    [Fact]
    public void A_frame_decodes_with_the_Api_reader_to_the_values_encoded()
    {
        TelematicsEvent[] events =
        [
            new(Start, 45.5017123, -73.5672987, 13.9, 87.4, 0, 0, Ignition: true),
            new(Start.AddSeconds(1), -33.8688, 151.2093, 0, 359.6, 0, 0, Ignition: false),
            new(Start.AddSeconds(2), 45.5, -73.56, 27.78, 180, 0, 0),
        ];

        var packet = TeltonikaTcpPacket.Read(TeltonikaFrameEncoder.Frame(events));

        Assert.Equal(TeltonikaVerdict.Accepted, packet.Verdict);
        Assert.Equal(TeltonikaCodec.Codec8, packet.Codec);
        Assert.Equal(3, packet.DeclaredCount);
        Assert.Equal(
            [
                (Start, 455017123, -735672987, (ushort)87, (ushort)50, 1UL, 1UL),
                (Start.AddSeconds(1), -338688000, 1512093000, (ushort)0, (ushort)0, 0UL, 0UL),
                (Start.AddSeconds(2), 455000000, -735600000, (ushort)180, (ushort)100, 1UL, 1UL),
            ],
            packet.Records.Select(r => (r.Timestamp, r.LatitudeE7, r.LongitudeE7, r.AngleDeg, r.SpeedKmh, Io(r, 239), Io(r, 240))));
    }

    [Fact]
    public void A_full_frame_of_255_records_is_accepted_whole()
    {
        var events = Enumerable.Range(0, TeltonikaFrameEncoder.MaxRecordsPerFrame)
            .Select(i => new TelematicsEvent(Start.AddSeconds(i), 45.5, -73.56, 10, 90, 0, 0)).ToArray();

        var packet = TeltonikaTcpPacket.Read(TeltonikaFrameEncoder.Frame(events));

        Assert.Equal((TeltonikaVerdict.Accepted, 255, 255), (packet.Verdict, packet.DeclaredCount, packet.Records.Count));
    }

    [Fact]
    public void The_handshake_is_cut_by_the_Api_splitter_as_one_imei_frame()
    {
        var buffer = new ReadOnlySequence<byte>(TeltonikaFrameEncoder.Handshake(DeviceImei.For(42)));

        Assert.True(TeltonikaFrameSplitter.TryReadFrame(ref buffer, out var frame, out var kind));
        Assert.Equal((TeltonikaFrameKind.Imei, "356307040000423"), (kind, Encoding.ASCII.GetString(frame.Slice(2))));
    }

    [Fact]
    public void The_checksum_agrees_with_the_Api_on_the_check_string_and_random_bytes()
    {
        var bytes = new byte[1000];
        new Random(5).NextBytes(bytes);

        Assert.Equal(0xBB3D, TeltonikaCrc.Compute("123456789"u8));
        Assert.Equal(Crc16Ibm.Compute(bytes), TeltonikaCrc.Compute(bytes));
    }

    [Theory]
    [InlineData("49015420323751", 8)]
    [InlineData("35630704244101", 3)]
    public void The_imei_check_digit_is_Luhn(string body, int expected) =>
        Assert.Equal(expected, DeviceImei.CheckDigit(body));

    private static ulong Io(TeltonikaRecord record, ushort id) => record.IoElements.Single(e => e.Id == id).Value;
}
