using System.Buffers;
using System.Collections.Concurrent;
using Orleans.Serialization;
using Orleans.Storage;

namespace Telematics.Silo.Embedded;

/// <summary>
/// Embedded mode's grain storage: each state serialized, under an ETag, in a dictionary of this process, its bytes
/// outside the collected heap (<see cref="NativeStateBytes"/>).
/// </summary>
/// <remarks>
/// An Embedded cluster is one silo, so its state need not be reachable from other silos, which is what Orleans'
/// memory storage pays for: a call to one of its storage grains, with the bytes copied into the call, on every read and
/// write. That call and copy were a third of a driver's rescoring (bench/results/rescoring.md). State is stored
/// serialized, so a grain never shares objects with its stored state, and ETags are checked as a database would.
/// Silos of one process (test clusters) share a store by being given the same one.
/// </remarks>
public sealed class InProcessGrainStorage(string providerName, InProcessStateStore store, Serializer serializer) : IGrainStorage
{
    /// <summary>A thread's buffer to serialize into is kept up to this size; a larger state's is let go.</summary>
    private const int KeptBufferBytes = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // A state replaced between its lookup and its read has been freed: the lookup finds the new one.
        while (store.Entries.TryGetValue((providerName, stateName, grainId), out var stored))
        {
            if (stored.Data.TryDeserialize<T>(serializer, out var state))
            {
                grainState.State = state;
                grainState.ETag = stored.ETag;
                grainState.RecordExists = true;
                break;
            }
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (providerName, stateName, grainId);
        var stored = store.Entries.TryGetValue(key, out var current) ? current : null;
        CheckETag(stored, grainState.ETag);
        var written = new StoredState(Serialize(grainState.State), store.NextETag());
        var replaced = stored is null ? store.Entries.TryAdd(key, written) : store.Entries.TryUpdate(key, written, stored);
        if (!replaced)
        {
            written.Data.Dispose();
            throw new InconsistentStateException("The state was written by another activation meanwhile.", store.Entries.GetValueOrDefault(key)?.ETag, grainState.ETag);
        }

        stored?.Data.Dispose();
        grainState.ETag = written.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (providerName, stateName, grainId);
        if (store.Entries.TryGetValue(key, out var stored))
        {
            CheckETag(stored, grainState.ETag);
            if (store.Entries.TryRemove(new KeyValuePair<(string, string, GrainId), StoredState>(key, stored)))
            {
                stored.Data.Dispose();
            }
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    /// <summary>Orleans' binary format, as <see cref="OrleansGrainStorageSerializer"/> writes it, through the thread's buffer.</summary>
    private NativeStateBytes Serialize<T>(T state)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        serializer.Serialize(state, buffer);
        var bytes = new NativeStateBytes(buffer.WrittenSpan);
        if (buffer.Capacity > KeptBufferBytes)
        {
            t_buffer = null;
        }

        return bytes;
    }

    private static void CheckETag(StoredState? stored, string? expected)
    {
        if (stored?.ETag != expected)
        {
            throw new InconsistentStateException($"Stored ETag '{stored?.ETag}' is not the expected '{expected}'.", stored?.ETag, expected);
        }
    }
}

/// <summary>The states of Embedded storage providers, shared by the silos of a process that are given it.</summary>
public sealed class InProcessStateStore
{
    private long _etag;

    internal ConcurrentDictionary<(string Provider, string StateName, GrainId GrainId), StoredState> Entries { get; } = new();

    /// <summary>How many states <paramref name="provider"/> holds: what a benchmark reports as that provider's rows.</summary>
    public int Count(string provider) => Entries.Keys.Count(k => k.Provider == provider);

    internal string NextETag() => Interlocked.Increment(ref _etag).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed record StoredState(NativeStateBytes Data, string ETag);
