using System.Buffers.Binary;
using System.Text;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// One Teltonika UDP datagram: length, packet id, packet type, AVL packet id, IMEI, then the same AVL data as over
/// TCP but without preamble or CRC. Every datagram names its device, as UDP has no session.
/// </summary>
public sealed record TeltonikaUdpPacket(ushort PacketId, byte AvlPacketId, string Imei, TeltonikaAvlData Data)
{
    /// <summary>Length (2), packet id (2), packet type (1), AVL packet id (1), IMEI length (2).</summary>
    private const int HeaderSize = 8;

    /// <summary>The largest IMEI accepted; real ones have 15 digits.</summary>
    private const int MaxImeiLength = 32;

    /// <summary>The datagram read, or null when its envelope is malformed (there is then no IMEI to reply to).</summary>
    public static TeltonikaUdpPacket? Read(ReadOnlySpan<byte> datagram)
    {
        if (datagram.Length < HeaderSize || BinaryPrimitives.ReadUInt16BigEndian(datagram) != datagram.Length - 2)
        {
            return null;
        }

        var imeiLength = BinaryPrimitives.ReadUInt16BigEndian(datagram[6..]);
        if (imeiLength is 0 or > MaxImeiLength || HeaderSize + imeiLength >= datagram.Length)
        {
            return null;
        }

        var imei = datagram.Slice(HeaderSize, imeiLength);
        if (!IsDigits(imei))
        {
            return null;
        }

        var avl = datagram[(HeaderSize + imeiLength)..];
        var decoded = TeltonikaAvlDecoder.Decode(avl);
        var data = decoded.Verdict == TeltonikaVerdict.Accepted && decoded.BytesConsumed != avl.Length
            ? TeltonikaAvlData.Rejected(TeltonikaVerdict.BadLength, decoded.Codec, decoded.DeclaredCount)
            : decoded;
        return new TeltonikaUdpPacket(BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]), datagram[5], Encoding.ASCII.GetString(imei), data);
    }

    private static bool IsDigits(ReadOnlySpan<byte> ascii) => !ascii.ContainsAnyExceptInRange((byte)'0', (byte)'9');
}
