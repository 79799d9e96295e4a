extern alias api;

using api::Telematics.Api.Devices.Teltonika;
using BenchmarkDotNet.Attributes;
using Telematics.Telemetry;

namespace Telematics.Benchmarks.Devices;

/// <summary>
/// Decoding real Teltonika packets from the test vectors: T27 (Codec 8, 14 records of 10 IO elements), T08 (Codec 8
/// Extended, 4 records of about 60 IO elements, variable-length values) and T09 (Codec 16, 4 records of 46). The
/// baseline is the CRC-16 alone, the least any packet costs: every byte touched once.
/// </summary>
[MemoryDiagnoser]
public class TeltonikaDecodeBenchmark
{
    private byte[] _packet = [];

    [Params("T27", "T08", "T09")]
    public string Vector { get; set; } = "";

    [GlobalSetup]
    public void GlobalSetup()
    {
        var line = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Devices", "teltonika_vectors.txt"))
            .First(l => l.StartsWith(Vector + " | "));
        _packet = Convert.FromHexString(line.Split(" | ")[4]);
    }

    [Benchmark(Baseline = true)]
    public ushort Crc() => Crc16Ibm.Compute(_packet.AsSpan(8..^4));

    [Benchmark]
    public TeltonikaAvlData Read() => TeltonikaTcpPacket.Read(_packet);

    [Benchmark]
    public List<TelematicsEvent?> ReadAndMap() => [.. TeltonikaTcpPacket.Read(_packet).Records.Select(TeltonikaEventMapper.ToEvent)];
}
