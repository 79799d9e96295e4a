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

    /// <summary>
    /// This provider's table of each state name. A key of provider, state name and grain hashed both names on every
    /// read and write (5 % of a portfolio's rescoring); the grain's id alone keys a table.
    /// </summary>
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<GrainId, StoredState>> _tables = new();

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // A state replaced between its lookup and its read has been freed: the lookup finds the new one.
        var table = Table(stateName);
        while (table.TryGetValue(grainId, out var stored))
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
        var table = Table(stateName);
        var stored = table.TryGetValue(grainId, out var current) ? current : null;
        CheckETag(stored, grainState.ETag);
        var written = new StoredState(Serialize(grainState.State), store.NextETag());
        var replaced = stored is null ? table.TryAdd(grainId, written) : table.TryUpdate(grainId, written, stored);
        if (!replaced)
        {
            written.Data.Dispose();
            throw new InconsistentStateException("The state was written by another activation meanwhile.", table.GetValueOrDefault(grainId)?.ETag, grainState.ETag);
        }

        stored?.Data.Dispose();
        grainState.ETag = written.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var table = Table(stateName);
        if (table.TryGetValue(grainId, out var stored))
        {
            CheckETag(stored, grainState.ETag);
            if (table.TryRemove(new KeyValuePair<GrainId, StoredState>(grainId, stored)))
            {
                stored.Data.Dispose();
            }
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private ConcurrentDictionary<GrainId, StoredState> Table(string stateName) =>
        _tables.TryGetValue(stateName, out var table) ? table : _tables.GetOrAdd(stateName, name => store.Table(providerName, name));

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

    private readonly ConcurrentDictionary<(string Provider, string StateName), ConcurrentDictionary<GrainId, StoredState>> _tables = new();

    /// <summary>How many states <paramref name="provider"/> holds: what a benchmark reports as that provider's rows.</summary>
    public int Count(string provider) => _tables.Where(t => t.Key.Provider == provider).Sum(t => t.Value.Count);

    /// <summary>The states of one provider's state name, by grain.</summary>
    internal ConcurrentDictionary<GrainId, StoredState> Table(string provider, string stateName) =>
        _tables.GetOrAdd((provider, stateName), _ => new());

    internal string NextETag() => Interlocked.Increment(ref _etag).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed record StoredState(NativeStateBytes Data, string ETag);
