using System.Buffers;

namespace Telematics.UnitTests.Devices.Teltonika;

/// <summary>A byte array as a multi-segment sequence, cut where a network might have cut it.</summary>
internal sealed class Segments : ReadOnlySequenceSegment<byte>
{
    private Segments(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    public static ReadOnlySequence<byte> Of(byte[] bytes, params int[] cuts)
    {
        var bounds = cuts.Where(c => c > 0 && c < bytes.Length).Order().Distinct().Prepend(0).Append(bytes.Length).ToArray();
        var first = new Segments(bytes.AsMemory(0, bounds[1]), 0);
        var last = first;
        for (var i = 1; i < bounds.Length - 1; i++)
        {
            var next = new Segments(bytes.AsMemory(bounds[i], bounds[i + 1] - bounds[i]), bounds[i]);
            last.Next = next;
            last = next;
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }
}
