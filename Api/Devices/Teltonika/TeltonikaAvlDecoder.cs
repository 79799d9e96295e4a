namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// Decodes the data field of a Teltonika AVL packet — codec id, record count, records, record count — for Codec 8,
/// 8 Extended and 16, and the legacy GH3000 layout (<see cref="TeltonikaGh3000Record"/>). Pure and transport-free: the
/// TCP and UDP readers hand it the span between their envelopes.
/// </summary>
/// <remarks>
/// Traccar decodes whatever the bytes allow; this decoder returns no record at all when the two record counts differ
/// or the records overrun the data, because a half-understood packet must not be acknowledged as stored.
/// </remarks>
public static class TeltonikaAvlDecoder
{
    private const int GpsElementSize = 24;
    private const int SixteenByteValue = 16;

    /// <param name="data">The bytes from the codec id on; bytes after the trailing count are left unread.</param>
    /// <param name="sixteenByteGroup">
    /// Older FM devices append a group of 16-byte values after the 8-byte group; nothing in the packet says so, so it
    /// is a per-device setting (Traccar's <c>teltonika.extended</c>).
    /// </param>
    public static TeltonikaAvlData Decode(ReadOnlySpan<byte> data, bool sixteenByteGroup = false)
    {
        var cursor = new BigEndianCursor(data);
        var codec = (TeltonikaCodec)cursor.ReadByte();
        int declared = cursor.ReadByte();
        if (cursor.Overrun)
        {
            return TeltonikaAvlData.Rejected(TeltonikaVerdict.Truncated, codec);
        }

        if (codec is TeltonikaCodec.Codec12 or TeltonikaCodec.Codec13)
        {
            return TeltonikaAvlData.Rejected(TeltonikaVerdict.CommandResponse, codec, declared);
        }

        var layout = TeltonikaIoLayout.For(codec);
        if (layout is null && codec != TeltonikaCodec.Gh3000)
        {
            return TeltonikaAvlData.Rejected(TeltonikaVerdict.UnsupportedCodec, codec, declared);
        }

        // Each record takes at least its time and a mask or the GPS element, so a lying count cannot make us allocate
        // beyond what the frame holds.
        var records = new List<TeltonikaRecord>(Math.Min(declared, cursor.Remaining / (layout is null ? TeltonikaGh3000Record.MinimumSize : GpsElementSize)));
        for (var i = 0; i < declared && !cursor.Overrun; i++)
        {
            records.Add(layout is null ? TeltonikaGh3000Record.Read(ref cursor) : ReadRecord(ref cursor, layout, sixteenByteGroup));
        }

        int trailing = cursor.ReadByte();
        if (cursor.Overrun)
        {
            return TeltonikaAvlData.Rejected(TeltonikaVerdict.Truncated, codec, declared);
        }

        return trailing != declared
            ? TeltonikaAvlData.Rejected(TeltonikaVerdict.CountMismatch, codec, declared)
            : new TeltonikaAvlData(TeltonikaVerdict.Accepted, codec, declared, records, cursor.Position);
    }

    private static TeltonikaRecord ReadRecord(ref BigEndianCursor cursor, TeltonikaIoLayout layout, bool sixteenByteGroup)
    {
        var timestampMs = (long)cursor.ReadUInt64();
        var priority = cursor.ReadByte();
        var longitude = (int)cursor.ReadUInt32();
        var latitude = (int)cursor.ReadUInt32();
        var altitude = (short)cursor.ReadUInt16();
        var angle = cursor.ReadUInt16();
        var satellites = cursor.ReadByte();
        var speed = cursor.ReadUInt16();
        var eventIoId = (ushort)cursor.ReadUnsigned(layout.IdSize);
        byte? generationType = layout.HasGenerationType ? cursor.ReadByte() : null;
        // The total IO count sizes the list; every element takes at least an id and a byte, which bounds a lying count.
        var total = (int)cursor.ReadUnsigned(layout.CountSize);
        var io = new List<TeltonikaIoElement>(Math.Min(total, cursor.Remaining / (layout.IdSize + 1)));
        foreach (var valueSize in (ReadOnlySpan<int>)[1, 2, 4, 8])
        {
            ReadFixedGroup(ref cursor, layout, valueSize, io);
        }

        if (sixteenByteGroup)
        {
            ReadFixedGroup(ref cursor, layout, SixteenByteValue, io);
        }

        if (layout.HasVariableGroup)
        {
            ReadVariableGroup(ref cursor, layout, io);
        }

        // A time no calendar holds becomes the far future, which validation then drops like any clock run ahead.
        var timestamp = timestampMs is >= 0 and <= 253_402_300_799_999
            ? DateTimeOffset.FromUnixTimeMilliseconds(timestampMs)
            : DateTimeOffset.MaxValue;
        return new TeltonikaRecord(timestamp, priority, longitude, latitude, altitude, angle, satellites, speed,
            eventIoId, generationType, [.. io]);
    }

    internal static void ReadFixedGroup(ref BigEndianCursor cursor, TeltonikaIoLayout layout, int valueSize, List<TeltonikaIoElement> io)
    {
        var count = (int)cursor.ReadUnsigned(layout.CountSize);
        for (var i = 0; i < count && !cursor.Overrun; i++)
        {
            var id = (ushort)cursor.ReadUnsigned(layout.IdSize);
            io.Add(valueSize == SixteenByteValue
                ? new TeltonikaIoElement(id, 0, cursor.ReadBytes(SixteenByteValue).ToArray())
                : new TeltonikaIoElement(id, cursor.ReadUnsigned(valueSize)));
        }
    }

    private static void ReadVariableGroup(ref BigEndianCursor cursor, TeltonikaIoLayout layout, List<TeltonikaIoElement> io)
    {
        var count = (int)cursor.ReadUnsigned(layout.CountSize);
        for (var i = 0; i < count && !cursor.Overrun; i++)
        {
            var id = (ushort)cursor.ReadUnsigned(layout.IdSize);
            var length = cursor.ReadUInt16();
            io.Add(new TeltonikaIoElement(id, 0, cursor.ReadBytes(length).ToArray()));
        }
    }
}
