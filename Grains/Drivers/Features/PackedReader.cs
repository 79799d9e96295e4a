using System.Buffers.Binary;
using System.Text;

namespace Telematics.Drivers.Features;

/// <summary>Reads what <see cref="PackedWriter"/> wrote, in the same order; a truncated buffer throws.</summary>
internal ref struct PackedReader(ReadOnlySpan<byte> buffer)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    public readonly bool AtEnd => _position == _buffer.Length;

    public readonly int Position => _position;

    public byte ReadByte() => _buffer[_position++];

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Advance(sizeof(ushort)));

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Advance(sizeof(short)));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Advance(sizeof(int)));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Advance(sizeof(long)));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Advance(sizeof(double)));

    /// <summary>An array as written; into <paramref name="reuse"/> when it has the written length, so that reading period after period into one object allocates nothing.</summary>
    public double[] ReadDoubles(double[]? reuse = null)
    {
        var length = ReadByte();
        var values = reuse?.Length == length ? reuse : new double[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadDouble();
        }

        return values;
    }

    /// <inheritdoc cref="ReadDoubles"/>
    public int[] ReadInt32s(int[]? reuse = null)
    {
        var length = ReadByte();
        var values = reuse?.Length == length ? reuse : new int[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadInt32();
        }

        return values;
    }

    public string ReadString() => Encoding.UTF8.GetString(Advance(ReadUInt16()));

    private ReadOnlySpan<byte> Advance(int size)
    {
        var span = _buffer.Slice(_position, size);
        _position += size;
        return span;
    }
}
