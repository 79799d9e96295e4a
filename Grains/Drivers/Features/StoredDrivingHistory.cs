namespace Telematics.Drivers.Features;

/// <summary>
/// How a <see cref="DrivingHistory"/> is serialized: its periods packed into one byte array (<see cref="Packed"/>), or,
/// in a state stored before, as one serialized object per period (<see cref="Periods"/>), which still reads.
/// </summary>
/// <remarks>
/// Every activation reads a driver's 26 or so periods and every trip and rescore writes them. As objects they cost
/// Orleans' field headers and reference tracking for each period and each of its six arrays: 22 µs to read a year's
/// state and 17 µs to write it, most of a portfolio rescoring's work. Packed, a period is a fixed run of
/// little-endian values with its arrays' lengths.
/// </remarks>
[GenerateSerializer, Alias("telematics.StoredDrivingHistory")]
public struct StoredDrivingHistory
{
    /// <summary>
    /// Format of <see cref="Packed"/>, its first byte: a later layout gets a new number, and earlier ones still read.
    /// 2 added each period's coarse distance and trips with device events to the end of its fields.
    /// </summary>
    private const byte Version = 2;

    /// <summary>Only in a state stored before the periods were packed.</summary>
    [Id(0)] public List<DrivingPeriod>? Periods;

    /// <summary>The version byte, the number of periods, then each period (<see cref="DrivingPeriod.WriteTo"/>), oldest first.</summary>
    [Id(1)] public byte[]? Packed;

    public static StoredDrivingHistory Of(IReadOnlyList<DrivingPeriod> periods)
    {
        var size = 1 + sizeof(int);
        foreach (var period in periods)
        {
            size += period.PackedSize;
        }

        var packed = new byte[size];
        var writer = new PackedWriter(packed);
        writer.Write(Version);
        writer.Write(periods.Count);
        foreach (var period in periods)
        {
            period.WriteTo(ref writer);
        }

        return new StoredDrivingHistory { Packed = packed };
    }

    public readonly List<DrivingPeriod> ToPeriods()
    {
        if (Packed is null)
        {
            return Periods ?? [];
        }

        var reader = Open(Packed, out var version, out var count);
        var periods = new List<DrivingPeriod>(count);
        for (var i = 0; i < count; i++)
        {
            periods.Add(DrivingPeriod.ReadFrom(ref reader, version));
        }

        return reader.AtEnd ? periods : throw TrailingBytes();
    }

    internal static InvalidDataException TrailingBytes() => new("A packed driving history has bytes after its last period.");

    /// <summary>A reader at the first period of <paramref name="packed"/>, with the layout's version and the number of periods.</summary>
    internal static PackedReader Open(byte[] packed, out byte version, out int count)
    {
        var reader = new PackedReader(packed);
        version = reader.ReadByte();
        if (version is not (1 or Version))
        {
            throw new InvalidDataException($"A driving history packed in format {version} (this version reads 1 to {Version}).");
        }

        count = reader.ReadInt32();
        return reader;
    }
}

/// <summary>Serializes a <see cref="DrivingHistory"/> as its <see cref="StoredDrivingHistory"/>.</summary>
[RegisterConverter]
public sealed class StoredDrivingHistoryConverter : IConverter<DrivingHistory, StoredDrivingHistory>
{
    public DrivingHistory ConvertFromSurrogate(in StoredDrivingHistory surrogate) =>
        surrogate.Packed is { } packed ? new(packed) : new(surrogate.ToPeriods());

    public StoredDrivingHistory ConvertToSurrogate(in DrivingHistory value) => value.ToStored();
}
