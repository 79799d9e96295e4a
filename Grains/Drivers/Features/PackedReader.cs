using System.Buffers.Binary;
using System.Text;

namespace Telematics.Drivers.Features;

/// <summary>Reads what <see cref="PackedWriter"/> wrote, in the same order; a truncated buffer throws.</summary>
internal ref struct PackedReader(ReadOnlySpan<byte> buffer)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    public readonly bool AtEnd => _position == _buffer.Length;

    public byte ReadByte() => _buffer[_position++];

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Advance(sizeof(ushort)));

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Advance(sizeof(short)));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Advance(sizeof(int)));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Advance(sizeof(long)));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Advance(sizeof(double)));

    public double[] ReadDoubles()
    {
        var values = new double[ReadByte()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadDouble();
        }

        return values;
    }

    public int[] ReadInt32s()
    {
        var values = new int[ReadByte()];
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
