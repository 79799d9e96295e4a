using System.Buffers.Binary;
using System.Text;

namespace Telematics.Drivers.Features;

/// <summary>Writes fixed-size little-endian values one after another into a buffer sized beforehand (<see cref="PackedReader"/> reads them).</summary>
internal ref struct PackedWriter(Span<byte> buffer)
{
    private readonly Span<byte> _buffer = buffer;
    private int _position;

    public readonly int Position => _position;

    public void Write(byte value) => _buffer[_position++] = value;

    public void Write(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Advance(sizeof(ushort)), value);

    public void Write(short value) => BinaryPrimitives.WriteInt16LittleEndian(Advance(sizeof(short)), value);

    public void Write(int value) => BinaryPrimitives.WriteInt32LittleEndian(Advance(sizeof(int)), value);

    public void Write(long value) => BinaryPrimitives.WriteInt64LittleEndian(Advance(sizeof(long)), value);

    public void Write(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Advance(sizeof(double)), value);

    /// <summary>An array's length (up to 255) and its elements.</summary>
    public void Write(double[] values)
    {
        Write(checked((byte)values.Length));
        foreach (var value in values)
        {
            Write(value);
        }
    }

    /// <inheritdoc cref="Write(double[])"/>
    public void Write(int[] values)
    {
        Write(checked((byte)values.Length));
        foreach (var value in values)
        {
            Write(value);
        }
    }

    /// <summary>A string's UTF-8 length (up to 65,535 bytes) and its bytes.</summary>
    public void Write(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Write(checked((ushort)length));
        Encoding.UTF8.GetBytes(value, Advance(length));
    }

    /// <summary>The bytes <see cref="Write(string)"/> takes.</summary>
    public static int SizeOf(string value) => sizeof(ushort) + Encoding.UTF8.GetByteCount(value);

    private Span<byte> Advance(int size)
    {
        var span = _buffer.Slice(_position, size);
        _position += size;
        return span;
    }
}
