using System.Buffers;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// Cuts a Teltonika TCP byte stream into frames: keep-alive bytes, the IMEI handshake and AVL packets, whatever way the
/// network split or joined them. It only slices the buffer it is given, so it allocates nothing.
/// </summary>
public static class TeltonikaFrameSplitter
{
    /// <summary>
    /// The largest frame accepted, as in Traccar: devices with deep buffers send packets of tens of records, well over
    /// 1 KiB. Bounding every length field by it bounds what one connection can make the server hold.
    /// </summary>
    public const int MaxFrameSize = 32 * 1024;

    private const byte KeepAliveByte = 0xFF;
    private const int PacketHeaderSize = 8;

    /// <summary>
    /// Takes the next frame off the front of <paramref name="buffer"/>; false when more bytes are needed. An
    /// <see cref="TeltonikaFrameKind.Oversized"/> frame is reported without consuming anything.
    /// </summary>
    public static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out TeltonikaFrameKind kind)
    {
        frame = default;
        kind = default;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryPeek(out var first))
        {
            return false;
        }

        long length;
        if (first == KeepAliveByte)
        {
            (kind, length) = (TeltonikaFrameKind.KeepAlive, 1);
        }
        else if (!reader.TryReadBigEndian(out short imeiLength))
        {
            return false;
        }
        else if (imeiLength != 0)
        {
            (kind, length) = (TeltonikaFrameKind.Imei, (ushort)imeiLength + 2L);
        }
        else
        {
            // The rest of the zero preamble and the data length may not have arrived yet: a network splits anywhere.
            if (!reader.TryReadBigEndian(out short _) || !reader.TryReadBigEndian(out int dataLength))
            {
                return false;
            }

            (kind, length) = (TeltonikaFrameKind.Packet, (uint)dataLength + (long)TeltonikaTcpPacket.EnvelopeSize);
        }

        if (length > MaxFrameSize)
        {
            kind = TeltonikaFrameKind.Oversized;
            return true;
        }

        if (buffer.Length < length)
        {
            return false;
        }

        frame = buffer.Slice(0, length);
        buffer = buffer.Slice(length);
        return true;
    }
}
