using System.Buffers;

namespace Telematics.Benchmarks.Ingestion;

/// <summary>Bytes as a chain of fixed-size blocks, the shape a request body has in Kestrel's pipe.</summary>
public sealed class BlockSequence : ReadOnlySequenceSegment<byte>
{
    private BlockSequence(ReadOnlyMemory<byte> block, long runningIndex)
    {
        Memory = block;
        RunningIndex = runningIndex;
    }

    public static ReadOnlySequence<byte> Of(byte[] bytes, int blockSize)
    {
        var first = new BlockSequence(bytes.AsMemory(0, Math.Min(blockSize, bytes.Length)), 0);
        var last = first;
        for (var offset = blockSize; offset < bytes.Length; offset += blockSize)
        {
            var next = new BlockSequence(bytes.AsMemory(offset, Math.Min(blockSize, bytes.Length - offset)), offset);
            last.Next = next;
            last = next;
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }
}
