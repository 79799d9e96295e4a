using System.Collections.Concurrent;
using Orleans.Storage;

namespace Telematics.Silo.Embedded;

/// <summary>
/// Embedded mode's grain storage: each state serialized, under an ETag, in a dictionary of this process.
/// </summary>
/// <remarks>
/// An Embedded cluster is one silo, so its state need not be reachable from other silos, which is what Orleans'
/// memory storage pays for: a call to one of its storage grains, with the bytes copied into the call, on every read and
/// write. That call and copy were a third of a driver's rescoring (bench/results/rescoring.md). State is stored
/// serialized, so a grain never shares objects with its stored state, and ETags are checked as a database would.
/// Silos of one process (test clusters) share a store by being given the same one.
/// </remarks>
public sealed class InProcessGrainStorage(string providerName, InProcessStateStore store, IGrainStorageSerializer serializer) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (store.Entries.TryGetValue((providerName, stateName, grainId), out var stored))
        {
            grainState.State = serializer.Deserialize<T>(stored.Data);
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var written = new StoredState(serializer.Serialize(grainState.State), store.NextETag());
        var key = (providerName, stateName, grainId);
        var stored = store.Entries.TryGetValue(key, out var current) ? current : null;
        CheckETag(stored, grainState.ETag);
        var replaced = stored is null ? store.Entries.TryAdd(key, written) : store.Entries.TryUpdate(key, written, stored);
        if (!replaced)
        {
            throw new InconsistentStateException("The state was written by another activation meanwhile.", store.Entries.GetValueOrDefault(key)?.ETag, grainState.ETag);
        }

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
            store.Entries.TryRemove(new KeyValuePair<(string, string, GrainId), StoredState>(key, stored));
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
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

internal sealed record StoredState(BinaryData Data, string ETag);
