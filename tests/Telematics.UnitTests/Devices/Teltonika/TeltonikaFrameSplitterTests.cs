using System.Buffers;
using Telematics.Api.Devices.Teltonika;
using Telematics.UnitTests.Devices.Vectors;

namespace Telematics.UnitTests.Devices.Teltonika;

public sealed class TeltonikaFrameSplitterTests
{
    [Fact]
    public void A_keep_alive_byte_is_a_frame_of_its_own_before_the_imei()
    {
        var frames = Split(TeltonikaVector.Get("F01").Bytes);

        Assert.Equal([(TeltonikaFrameKind.KeepAlive, 1), (TeltonikaFrameKind.Imei, 17)], frames);
    }

    [Fact]
    public void The_imei_frame_is_cut_whole()
    {
        Assert.Equal([(TeltonikaFrameKind.Imei, 17)], Split(TeltonikaVector.Get("F02").Bytes));
    }

    [Fact]
    public void Several_packets_in_one_buffer_come_out_one_by_one_and_a_partial_one_waits()
    {
        var t02 = TeltonikaVector.Get("T02").Bytes;
        var p01 = TeltonikaVector.Get("P01").Bytes;
        var stream = new ReadOnlySequence<byte>([.. t02, 0xFF, .. p01, .. p01[..20]]);

        var frames = Split(ref stream);

        Assert.Equal([(TeltonikaFrameKind.Packet, t02.Length), (TeltonikaFrameKind.KeepAlive, 1), (TeltonikaFrameKind.Packet, p01.Length)], frames);
        Assert.Equal(20, stream.Length);
    }

    [Fact]
    public void A_frame_split_across_segments_is_reassembled_by_byte_count()
    {
        var t27 = TeltonikaVector.Get("T27").Bytes;
        var stream = Segments.Of(t27, 7, 100, 500);

        var frames = Split(ref stream);

        Assert.Equal([(TeltonikaFrameKind.Packet, t27.Length)], frames);
    }

    public static TheoryData<string> Frames => ["F02", "P01", "T02"];

    /// <summary>
    /// What a tracker on a mobile network does: the first read holds any prefix of the frame, the next the rest. Each
    /// prefix must wait for more bytes — a 2- or 3-byte prefix of a packet used to throw — and the whole must come out.
    /// </summary>
    [Theory]
    [MemberData(nameof(Frames))]
    public void A_frame_split_at_any_byte_waits_for_the_rest_then_comes_out_whole(string vector)
    {
        var bytes = TeltonikaVector.Get(vector).Bytes;
        for (var cut = 1; cut < bytes.Length; cut++)
        {
            var prefix = new ReadOnlySequence<byte>(bytes, 0, cut);
            Assert.False(TeltonikaFrameSplitter.TryReadFrame(ref prefix, out _, out _), $"a {cut}-byte prefix of {bytes.Length}");
            Assert.Equal(cut, prefix.Length);

            var stream = Segments.Of(bytes, cut);
            Assert.Equal([bytes.Length], Split(ref stream).Select(frame => frame.Item2));
        }
    }

    [Fact]
    public void A_length_over_32_KiB_is_reported_without_waiting_for_the_bytes()
    {
        var stream = new ReadOnlySequence<byte>([0, 0, 0, 0, 0, 0, 0x80, 0x00]);

        Assert.True(TeltonikaFrameSplitter.TryReadFrame(ref stream, out _, out var kind));
        Assert.Equal(TeltonikaFrameKind.Oversized, kind);
    }

    private static List<(TeltonikaFrameKind, int)> Split(byte[] bytes)
    {
        var stream = new ReadOnlySequence<byte>(bytes);
        return Split(ref stream);
    }

    private static List<(TeltonikaFrameKind, int)> Split(ref ReadOnlySequence<byte> stream)
    {
        var frames = new List<(TeltonikaFrameKind, int)>();
        while (TeltonikaFrameSplitter.TryReadFrame(ref stream, out var frame, out var kind))
        {
            frames.Add((kind, (int)frame.Length));
        }

        return frames;
    }
}
