namespace Telematics.Simulator.Devices;

/// <summary>
/// CRC-16/IBM (reflected polynomial 0xA001, initial value 0, no final XOR): the checksum a Teltonika device puts after
/// each TCP AVL packet. The check value of ASCII "123456789" is 0xBB3D.
/// </summary>
/// <remarks>Bit by bit rather than by table: the simulator checksums a few megabytes a second at most.</remarks>
public static class TeltonikaCrc
{
    private const int ReflectedPolynomial = 0xA001;

    public static ushort Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc >> 1) ^ ((crc & 1) * ReflectedPolynomial);
            }
        }

        return (ushort)crc;
    }
}
