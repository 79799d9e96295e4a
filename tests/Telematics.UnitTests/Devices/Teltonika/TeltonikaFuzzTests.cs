using System.Buffers;
using Telematics.Api.Devices.Teltonika;
using Telematics.UnitTests.Devices.Vectors;

namespace Telematics.UnitTests.Devices.Teltonika;

/// <summary>Random, truncated and corrupted bytes, seeded so a failure replays: the decoders never throw and never trust them.</summary>
public sealed class TeltonikaFuzzTests
{
    private const int Iterations = 3_000;

    /// <summary>Whatever a device claims, decoding allocates no more than a small multiple of the bytes it was given.</summary>
    private const int AllocationPerInputByte = 256;

    private static readonly byte[][] Packets = [.. TeltonikaVector.All
        .Where(v => v.Transport == "tcp" && TeltonikaTcpPacket.Read(v.Bytes, v.SixteenByteGroup).Verdict == TeltonikaVerdict.Accepted)
        .Select(v => v.Bytes)];

    [Fact]
    public void Random_bytes_split_into_bounded_frames_and_decode_without_throwing_or_unbounded_allocation()
    {
        var random = new Random(20260105);
        for (var i = 0; i < Iterations; i++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            bytes[0] = (byte)random.Next(3); // mostly zero-led, so lengths and codecs get exercised, not just IMEI frames

            var before = GC.GetAllocatedBytesForCurrentThread();
            var stream = new ReadOnlySequence<byte>(bytes);
            while (TeltonikaFrameSplitter.TryReadFrame(ref stream, out var frame, out var kind) && kind != TeltonikaFrameKind.Oversized)
            {
                Assert.InRange(frame.Length, 1, TeltonikaFrameSplitter.MaxFrameSize);
                TeltonikaTcpPacket.Read(frame.ToArray());
            }

            TeltonikaAvlDecoder.Decode(bytes.AsSpan(random.Next(bytes.Length)));
            TeltonikaUdpPacket.Read(bytes);
            Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 64 * 1024 + AllocationPerInputByte * bytes.Length);
        }
    }

    [Fact]
    public void A_packet_cut_short_anywhere_yields_no_record()
    {
        foreach (var packet in Packets)
        {
            for (var length = 0; length < packet.Length; length++)
            {
                var cut = TeltonikaTcpPacket.Read(packet.AsSpan(0, length));

                Assert.NotEqual(TeltonikaVerdict.Accepted, cut.Verdict);
                Assert.Empty(cut.Records);
            }
        }
    }

    /// <summary>CRC-16 catches every error burst of up to 16 bits, so none of these may slip through.</summary>
    [Fact]
    public void A_packet_with_a_burst_of_flipped_bits_anywhere_yields_no_record()
    {
        var random = new Random(42);
        for (var i = 0; i < Iterations; i++)
        {
            var packet = (byte[])Packets[random.Next(Packets.Length)].Clone();
            var at = random.Next(packet.Length - 1);
            packet[at] ^= (byte)random.Next(1, 256);
            packet[at + 1] ^= (byte)random.Next(0, 256);

            var corrupted = TeltonikaTcpPacket.Read(packet);

            Assert.NotEqual(TeltonikaVerdict.Accepted, corrupted.Verdict);
            Assert.Empty(corrupted.Records);
        }
    }
}
