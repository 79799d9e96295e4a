namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// A record of the legacy GH3000 personal trackers (codec 7): a 4-byte time, then a global mask saying which parts
/// follow — the GPS element (itself gated by a location mask, with float coordinates) and 1-, 2- and 4-byte IO groups
/// with 1-byte ids.
/// </summary>
/// <remarks>
/// Traccar fills a record without coordinates from the device's last known position; we mark it
/// <see cref="TeltonikaRecord.HasLocation"/> false and store no position for it, as a copied one would distort distance.
/// </remarks>
internal static class TeltonikaGh3000Record
{
    /// <summary>Time (4) and global mask (1).</summary>
    public const int MinimumSize = 5;

    private static readonly DateTimeOffset Epoch = new(2007, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TeltonikaIoLayout IoLayout = new(IdSize: 1, CountSize: 1, HasGenerationType: false, HasVariableGroup: false);

    public static TeltonikaRecord Read(ref BigEndianCursor cursor)
    {
        var time = cursor.ReadUInt32();
        var globalMask = cursor.ReadByte();
        var locationMask = Has(globalMask, 0) ? cursor.ReadByte() : (byte)0;
        var (latitude, longitude) = Has(locationMask, 0) ? (ReadFloat(ref cursor), ReadFloat(ref cursor)) : (0f, 0f);
        var altitude = Has(locationMask, 1) ? (short)cursor.ReadUInt16() : (short)0;
        var angle = Has(locationMask, 2) ? (ushort)Math.Round(cursor.ReadByte() * 360 / 256.0) : (ushort)0;
        var speed = Has(locationMask, 3) ? cursor.ReadByte() : (byte)0;
        var satellites = Has(locationMask, 4) ? cursor.ReadByte() : (byte)0;
        // Cell (LAC and cell id), signal strength and operator are skipped: nothing downstream uses them.
        cursor.ReadBytes((Has(locationMask, 5) ? 4 : 0) + (Has(locationMask, 6) ? 1 : 0) + (Has(locationMask, 7) ? 4 : 0));

        var io = new List<TeltonikaIoElement>();
        for (var group = 0; group < 3; group++)
        {
            if (Has(globalMask, group + 1))
            {
                TeltonikaAvlDecoder.ReadFixedGroup(ref cursor, IoLayout, 1 << group, io);
            }
        }

        return new TeltonikaRecord(Epoch.AddSeconds(time & 0x3FFF_FFFF), (byte)(time >> 30), E7(longitude), E7(latitude), altitude,
            angle, satellites, speed, 0, null, [.. io], HasLocation: Has(locationMask, 0));
    }

    private static bool Has(byte mask, int bit) => (mask & (1 << bit)) != 0;

    private static float ReadFloat(ref BigEndianCursor cursor) => BitConverter.UInt32BitsToSingle(cursor.ReadUInt32());

    /// <summary>A coordinate no map holds becomes one validation is sure to drop, rather than a plausible zero.</summary>
    private static int E7(float degrees) => float.IsFinite(degrees) && Math.Abs(degrees) <= 180 ? (int)Math.Round(degrees * 1e7) : int.MaxValue;
}
