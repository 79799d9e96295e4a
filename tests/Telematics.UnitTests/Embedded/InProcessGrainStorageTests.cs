using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Telematics.Silo.Embedded;

namespace Telematics.UnitTests.Embedded;

public sealed class InProcessGrainStorageTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private static readonly GrainId Grain = GrainId.Create("driver", "DRV-1");

    private readonly InProcessStateStore _store = new();

    private InProcessGrainStorage Provider(string name = "telematics") => new(name, _store, Serializer);

    private async Task<GrainState<List<int>>> ReadAsync(InProcessGrainStorage storage)
    {
        var state = new GrainState<List<int>>([]);
        await storage.ReadStateAsync("driver", Grain, state);
        return state;
    }

    [Fact]
    public async Task A_written_state_reads_back_as_a_copy_under_its_etag()
    {
        var storage = Provider();
        var written = new GrainState<List<int>>([1, 2, 3]);

        await storage.WriteStateAsync("driver", Grain, written);
        written.State!.Add(4);
        var read = await ReadAsync(storage);

        Assert.Equal([1, 2, 3], read.State);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.NotNull(read.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var storage = Provider();
        var first = new GrainState<List<int>>([1]);
        await storage.WriteStateAsync("driver", Grain, first);
        var stale = new GrainState<List<int>>([9]) { ETag = first.ETag };
        await storage.WriteStateAsync("driver", Grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("driver", Grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("driver", Grain, new GrainState<List<int>>([7])));
        Assert.Equal([1], (await ReadAsync(storage)).State);
    }

    [Fact]
    public async Task A_cleared_state_is_gone_and_providers_keep_their_states_apart()
    {
        var storage = Provider();
        var other = Provider("pubsub");
        var state = new GrainState<List<int>>([5]);
        await storage.WriteStateAsync("driver", Grain, state);
        await other.WriteStateAsync("driver", Grain, new GrainState<List<int>>([6]));

        await storage.ClearStateAsync("driver", Grain, state);

        Assert.False((await ReadAsync(storage)).RecordExists);
        Assert.Equal([6], (await ReadAsync(other)).State);
        Assert.Null(state.ETag);
    }

    /// <summary>
    /// A state's bytes live outside the collected heap until it is replaced or cleared, and are freed then; a read
    /// that looked up bytes freed meanwhile is told so (and the provider looks again), and never reads freed memory.
    /// </summary>
    [Fact]
    public async Task A_replaced_or_cleared_state_frees_its_bytes_and_a_late_read_of_them_is_refused()
    {
        var storage = Provider();
        var state = new GrainState<List<int>>([1, 2]);
        await storage.WriteStateAsync("driver", Grain, state);
        var first = _store.Table("telematics", "driver")[Grain].Data;
        Assert.True(first.TryDeserialize<List<int>>(Serializer, out var read));
        Assert.Equal([1, 2], read);

        state.State = [3];
        await storage.WriteStateAsync("driver", Grain, state);
        var second = _store.Table("telematics", "driver")[Grain].Data;

        Assert.True(first.IsClosed);
        Assert.False(first.TryDeserialize<List<int>>(Serializer, out _));
        Assert.Equal([3], (await ReadAsync(storage)).State);
        await storage.ClearStateAsync("driver", Grain, state);
        Assert.True(second.IsClosed);
    }

    /// <summary>Orleans' binary format, byte for byte: what the benchmarks count as a state's stored bytes.</summary>
    [Fact]
    public async Task A_state_is_stored_as_the_bytes_orleans_storage_serializer_writes()
    {
        var storage = Provider();
        List<string> written = [.. Enumerable.Range(0, 500).Select(i => $"trip-{i}")];
        await storage.WriteStateAsync("driver", Grain, new GrainState<List<string>>(written));

        var stored = _store.Table("telematics", "driver")[Grain].Data;
        Assert.Equal(new OrleansGrainStorageSerializer(Serializer).Serialize(written).ToArray().Length, stored.Length);
    }

    /// <summary>
    /// Readers racing writers that replace (and so free) the very bytes being read: every read is a whole state that was
    /// written, never a freed or half-written one.
    /// </summary>
    [Fact]
    public async Task Reads_racing_writes_of_the_same_state_read_whole_states()
    {
        var storage = Provider();
        await storage.WriteStateAsync("driver", Grain, new GrainState<List<int>>([.. Enumerable.Repeat(0, 2_000)]));
        var written = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        // Threads of their own: the storage answers synchronously, and four busy loops would starve a small thread pool.
        Task<int> Loop(Action step) => Task.Factory.StartNew(
            () =>
            {
                var steps = 0;
                for (; !stop.IsCancellationRequested; steps++)
                {
                    step();
                }

                return steps;
            },
            TaskCreationOptions.LongRunning);

        var writers = Enumerable.Range(1, 2).Select(w => Loop(() =>
        {
            var current = ReadAsync(storage).GetAwaiter().GetResult();
            current.State = [.. Enumerable.Repeat(current.State![0] + w, 2_000)];
            try
            {
                storage.WriteStateAsync("driver", Grain, current).GetAwaiter().GetResult();
                Interlocked.Increment(ref written);
            }
            catch (InconsistentStateException)
            {
                // The other writer replaced it first: read again.
            }
        })).ToList();
        var readers = Enumerable.Range(0, 2).Select(_ => Loop(() =>
        {
            var read = ReadAsync(storage).GetAwaiter().GetResult().State!;
            Assert.Equal(2_000, read.Count);
            Assert.All(read, value => Assert.Equal(read[0], value));
        })).ToList();

        var readCounts = await Task.WhenAll(readers);
        await Task.WhenAll(writers);
        Assert.True(written > 100, $"{written} writes");
        Assert.All(readCounts, reads => Assert.True(reads > 100, $"{reads} reads"));
    }
}
