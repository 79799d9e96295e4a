using System.Buffers.Binary;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// Reads big-endian fields from a span without ever throwing: a read past the end returns zero and marks the cursor
/// <see cref="Overrun"/>, so a decoder checks once per record rather than per field, and no length a device claims
/// can make it read outside the frame.
/// </summary>
internal ref struct BigEndianCursor
{
    private static ReadOnlySpan<byte> Zeros => [0, 0, 0, 0, 0, 0, 0, 0];

    private readonly ReadOnlySpan<byte> _data;

    public BigEndianCursor(ReadOnlySpan<byte> data) => _data = data;

    public int Position { get; private set; }

    public bool Overrun { get; private set; }

    public readonly int Remaining => _data.Length - Position;

    public byte ReadByte() => Take(1) is [var b] ? b : (byte)0;

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(TakeOrZeros(2));

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32BigEndian(TakeOrZeros(4));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64BigEndian(TakeOrZeros(8));

    /// <summary>An unsigned value of 1, 2, 4 or 8 bytes, as IO elements and counts come in codec-dependent widths.</summary>
    public ulong ReadUnsigned(int size) => size switch
    {
        1 => ReadByte(),
        2 => ReadUInt16(),
        4 => ReadUInt32(),
        _ => ReadUInt64(),
    };

    public ReadOnlySpan<byte> ReadBytes(int count) => Take(count);

    private ReadOnlySpan<byte> TakeOrZeros(int count)
    {
        var taken = Take(count);
        return taken.Length == count ? taken : Zeros;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (Overrun || count < 0 || count > Remaining)
        {
            Overrun = true;
            return [];
        }

        var taken = _data.Slice(Position, count);
        Position += count;
        return taken;
    }
}
