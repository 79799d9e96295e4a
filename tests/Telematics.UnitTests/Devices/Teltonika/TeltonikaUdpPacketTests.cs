using Telematics.Api.Devices.Teltonika;
using Telematics.UnitTests.Devices.Vectors;

namespace Telematics.UnitTests.Devices.Teltonika;

public sealed class TeltonikaUdpPacketTests
{
    [Fact]
    public void The_udp_vector_names_its_device_decodes_its_record_and_is_acknowledged_with_its_ids()
    {
        var vector = TeltonikaVector.Get("T52");

        var packet = TeltonikaUdpPacket.Read(vector.Bytes);

        Assert.NotNull(packet);
        Assert.Equal("357454072713975", packet.Imei);
        Assert.Equal(TeltonikaVerdict.Accepted, packet.Data.Verdict);
        TeltonikaVectorTests.AssertRecordsAsListed(vector, packet.Data.Records);
        var ack = new byte[TeltonikaReplies.UdpAckSize];
        TeltonikaReplies.WriteUdpAck(ack, packet);
        Assert.Equal("0005CAFE012201", Convert.ToHexString(ack));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    public void A_datagram_whose_length_field_lies_is_refused(int cut)
    {
        var bytes = TeltonikaVector.Get("T52").Bytes;

        Assert.Null(TeltonikaUdpPacket.Read(bytes.AsSpan(0, bytes.Length - 1 - cut)));
    }
}
