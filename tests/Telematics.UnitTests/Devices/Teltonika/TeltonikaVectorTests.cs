using System.Globalization;
using Telematics.Api.Devices.Teltonika;
using Telematics.UnitTests.Devices.Vectors;

namespace Telematics.UnitTests.Devices.Teltonika;

/// <summary>Every TCP packet vector: the record count, the CRC verdict and each record's values as listed for it.</summary>
public sealed class TeltonikaVectorTests
{
    public static TheoryData<TeltonikaVector> TcpPackets => [.. TeltonikaVector.All.Where(v => v.Transport.StartsWith("tcp") && v.Fact("codec") is not null)];

    [Theory]
    [MemberData(nameof(TcpPackets))]
    public void A_packet_gets_the_verdict_and_record_count_its_bytes_call_for(TeltonikaVector vector)
    {
        var packet = TeltonikaTcpPacket.Read(vector.Bytes, vector.SixteenByteGroup);

        Assert.Equal(ExpectedVerdict(vector), packet.Verdict);
        Assert.Equal(int.Parse(vector.Fact("records")!, CultureInfo.InvariantCulture), packet.DeclaredCount);
        if (packet.Verdict == TeltonikaVerdict.Accepted)
        {
            AssertRecordsAsListed(vector, packet.Records);
        }
        else
        {
            Assert.Empty(packet.Records);
        }
    }

    /// <summary>
    /// Traccar's hand-edited vectors (bad CRC or length) are refused on the wire, yet their data still decodes when the
    /// decoder is called directly, as Traccar's own tests call it.
    /// </summary>
    [Theory]
    [InlineData("T21")]
    [InlineData("T23")]
    [InlineData("T29")]
    [InlineData("T34")]
    public void A_refused_packet_still_decodes_to_the_listed_values_when_read_directly(string id)
    {
        var vector = TeltonikaVector.Get(id);

        var data = TeltonikaAvlDecoder.Decode(vector.Bytes.AsSpan(8));

        Assert.Equal(TeltonikaVerdict.Accepted, data.Verdict);
        AssertRecordsAsListed(vector, data.Records);
    }

    [Fact]
    public void The_crc_matches_the_standard_check_value_and_the_worked_example()
    {
        Assert.Equal(0xBB3D, Crc16Ibm.Compute("123456789"u8));
        var p01 = TeltonikaVector.Get("P01").Bytes;
        Assert.Equal(0x7A04, Crc16Ibm.Compute(p01.AsSpan(8..^4)));
    }

    [Fact]
    public void The_worked_example_decodes_field_by_field()
    {
        var record = Assert.Single(TeltonikaTcpPacket.Read(TeltonikaVector.Get("P01").Bytes).Records);

        Assert.Equal(DateTimeOffset.Parse("2013-08-31T15:00:41.710Z", CultureInfo.InvariantCulture), record.Timestamp);
        Assert.Equal(37.6743392, record.Latitude, 7);
        Assert.Equal(21.4327760, record.Longitude, 7);
        Assert.Equal(-4, record.AltitudeM);
        Assert.Equal(9, record.Satellites);
        Assert.Equal([new(1, 0), new(240, 0), new(66, 12835), new(24, 0)], record.IoElements);
    }

    private static TeltonikaVerdict ExpectedVerdict(TeltonikaVector vector)
    {
        var codec = vector.Fact("codec")!;
        var dataLength = int.Parse(vector.Fact("dataLenField")!, CultureInfo.InvariantCulture);
        var afterHeader = int.Parse(vector.Fact("bytesAfterHeader")!, CultureInfo.InvariantCulture);
        return dataLength + 4 != afterHeader ? TeltonikaVerdict.BadLength
            : vector.Fact("crcOk") == "False" ? TeltonikaVerdict.BadCrc
            : codec.StartsWith("Codec12") || codec.StartsWith("Codec13") ? TeltonikaVerdict.CommandResponse
            : TeltonikaVerdict.Accepted;
    }

    internal static void AssertRecordsAsListed(TeltonikaVector vector, IReadOnlyList<TeltonikaRecord> records)
    {
        var expected = ExpectedRecord.Of(vector.Id);
        Assert.Equal(expected.Count, records.Count);
        foreach (var (e, r) in expected.Zip(records))
        {
            var where = $"{vector.Id}.{e.Number}";
            Assert.True(e.Time == r.Timestamp, $"{where} time {r.Timestamp:O}");
            Assert.True(e.Gps.ContainsKey("lat") == r.HasLocation, $"{where} has a location: {r.HasLocation}");
            foreach (var (key, actual) in GpsFacts(r))
            {
                Assert.True(!e.Gps.TryGetValue(key, out var listed) || decimal.Parse(listed, CultureInfo.InvariantCulture) == actual, $"{where} {key} {actual}");
            }

            Assert.Equal(e.Io, r.IoElements.ToDictionary(io => (int)io.Id, io => AsListed(io, vector.SixteenByteGroup)));
        }
    }

    /// <summary>The record's GPS element under the decoded file's names; a line compares only the names it lists.</summary>
    private static IEnumerable<(string, decimal)> GpsFacts(TeltonikaRecord r) =>
    [
        ("lat", r.LatitudeE7 / 10_000_000m), ("lon", r.LongitudeE7 / 10_000_000m), ("alt_m", r.AltitudeM), ("angle", r.AngleDeg),
        ("sats", r.Satellites), ("speed_kmh", r.SpeedKmh), ("priority", r.Priority), ("eventIO", r.EventIoId),
        ("nIO", r.IoElements.Length), ("generationType", r.GenerationType ?? -1),
    ];

    /// <summary>The decoded file prints 16-byte values as bare hex and variable-length ones after "x:".</summary>
    private static string AsListed(TeltonikaIoElement io, bool sixteenByteGroup) => io.Bytes switch
    {
        null => io.Value.ToString(CultureInfo.InvariantCulture),
        var bytes when sixteenByteGroup => Convert.ToHexStringLower(bytes),
        var bytes => "x:" + Convert.ToHexStringLower(bytes),
    };
}
