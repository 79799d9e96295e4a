using System.Buffers.Binary;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// Checks the TCP envelope of an AVL packet — zero preamble, data field length, CRC-16/IBM — and decodes what it holds.
/// </summary>
/// <remarks>
/// Traccar checks neither the CRC nor the length. We reject both: a packet that fails them gets no ACK, so the device
/// keeps its records and sends them again, which is the recovery the protocol was built around.
/// </remarks>
public static class TeltonikaTcpPacket
{
    /// <summary>Preamble (4), data field length (4) before the data; CRC (4) after it.</summary>
    public const int EnvelopeSize = 12;

    /// <param name="frame">One whole frame as <see cref="TeltonikaFrameSplitter"/> cuts it.</param>
    public static TeltonikaAvlData Read(ReadOnlySpan<byte> frame, bool sixteenByteGroup = false)
    {
        if (frame.Length < EnvelopeSize + 3 || BinaryPrimitives.ReadUInt32BigEndian(frame) != 0)
        {
            return TeltonikaAvlData.Rejected(TeltonikaVerdict.BadLength);
        }

        var data = frame[8..^4];
        var codec = (TeltonikaCodec)data[0];
        if (BinaryPrimitives.ReadUInt32BigEndian(frame[4..]) != data.Length)
        {
            return TeltonikaAvlData.Rejected(TeltonikaVerdict.BadLength, codec, data[1]);
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(frame[^4..]) != Crc16Ibm.Compute(data))
        {
            return TeltonikaAvlData.Rejected(TeltonikaVerdict.BadCrc, codec, data[1]);
        }

        var decoded = TeltonikaAvlDecoder.Decode(data, sixteenByteGroup);
        return decoded.Verdict == TeltonikaVerdict.Accepted && decoded.BytesConsumed != data.Length
            ? TeltonikaAvlData.Rejected(TeltonikaVerdict.BadLength, codec, decoded.DeclaredCount)
            : decoded;
    }
}
