using System.Buffers.Binary;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>What the server sends back to a Teltonika device, written into caller-owned buffers.</summary>
public static class TeltonikaReplies
{
    public const byte ImeiAccepted = 0x01;
    public const byte ImeiRejected = 0x00;

    /// <summary>The TCP acknowledgement: the number of records accepted, 4 bytes big-endian.</summary>
    public const int TcpAckSize = 4;

    /// <summary>The UDP acknowledgement: length 5, packet id, type 01, AVL packet id, count.</summary>
    public const int UdpAckSize = 7;

    public static void WriteTcpAck(Span<byte> destination, int recordCount) =>
        BinaryPrimitives.WriteInt32BigEndian(destination, recordCount);

    /// <remarks>
    /// Traccar answers with packet id 0000; we echo the device's, which devices accept just the same (they check only
    /// the AVL packet id and the count) and which lets a packet capture pair each reply with its datagram.
    /// </remarks>
    public static void WriteUdpAck(Span<byte> destination, TeltonikaUdpPacket packet)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, UdpAckSize - 2);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], packet.PacketId);
        destination[4] = 0x01;
        destination[5] = packet.AvlPacketId;
        destination[6] = (byte)packet.Data.DeclaredCount;
    }
}
