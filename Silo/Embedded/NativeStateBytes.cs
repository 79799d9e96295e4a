using System.Runtime.InteropServices;
using Orleans.Serialization;

namespace Telematics.Silo.Embedded;

/// <summary>
/// One stored state's bytes, in memory the garbage collector does not manage, freed once the state is replaced and the
/// last read of it is done (a <see cref="SafeHandle"/> counts the reads).
/// </summary>
/// <remarks>
/// Embedded mode keeps every state in the process. As arrays on the collected heap, a million drivers' states were
/// 11.5 GB that each full collection had to go through, and each rescore promoted a new 11.6 KB array and left an old
/// one to sweep: the collector was paused 29 % of a portfolio's rescoring, and the kernel spent a fifth of it zeroing
/// the fresh pages the heap grew into (bench/results/portfolio-scale.md).
/// </remarks>
internal sealed unsafe class NativeStateBytes : SafeHandle
{
    public NativeStateBytes(ReadOnlySpan<byte> bytes)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        Length = bytes.Length;
        SetHandle((IntPtr)NativeMemory.Alloc((nuint)Math.Max(1, bytes.Length)));
        bytes.CopyTo(new Span<byte>((void*)handle, bytes.Length));
    }

    public int Length { get; }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Reads the state; false when it was replaced and freed since it was looked up, so the caller looks again.</summary>
    public bool TryDeserialize<T>(Serializer serializer, out T? state)
    {
        var counted = false;
        try
        {
            DangerousAddRef(ref counted);
        }
        catch (ObjectDisposedException)
        {
            state = default;
            return false;
        }

        try
        {
            state = serializer.Deserialize<T>(new ReadOnlySpan<byte>((void*)handle, Length));
            return true;
        }
        finally
        {
            DangerousRelease();
        }
    }

    protected override bool ReleaseHandle()
    {
        NativeMemory.Free((void*)handle);
        return true;
    }
}
