using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Telematics.Drivers;
using Telematics.Silo.Storage;
using Telematics.Trips;

namespace Telematics.UnitTests.Storage;

public sealed class PooledGrainStorageSerializerTests
{
    private static readonly Serializer Binary = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void A_state_is_written_byte_for_byte_as_Orleans_writes_it_and_reads_back()
    {
        var state = DriverWithAYear();

        var pooled = new PooledGrainStorageSerializer(Binary).Serialize(state);
        var orleans = new OrleansGrainStorageSerializer(Binary).Serialize(state);
        var read = new PooledGrainStorageSerializer(Binary).Deserialize<DriverState>(orleans)!;

        Assert.Equal(orleans.ToArray(), pooled.ToArray());
        Assert.Equal(state.History.TripCount, read.History.TripCount);
        Assert.Equal(state.History.DistanceMiles, read.History.DistanceMiles);
    }

    [Fact]
    public void A_write_allocates_less_than_Orleans_serializer_by_at_least_half_the_stored_bytes()
    {
        var state = DriverWithAYear();
        var length = new PooledGrainStorageSerializer(Binary).Serialize(state).ToArray().Length;

        var pooled = AllocatedByAWrite(new PooledGrainStorageSerializer(Binary), state);
        var orleans = AllocatedByAWrite(new OrleansGrainStorageSerializer(Binary), state);

        // Measured: 19,808 against 28,400 bytes for this 7,639-byte state; the rest is the serializer session's.
        Assert.True(pooled <= orleans - length / 2, $"{pooled:N0} bytes allocated against Orleans' {orleans:N0}, to write {length:N0}");
    }

    private static long AllocatedByAWrite(IGrainStorageSerializer serializer, DriverState state)
    {
        for (var i = 0; i < 100; i++)
        {
            serializer.Serialize(state);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        serializer.Serialize(state);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static DriverState DriverWithAYear()
    {
        var state = new DriverState();
        var start = new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero);
        for (var trip = 0; trip < 3 * 365; trip++)
        {
            var started = start.AddHours(8 * trip);
            var date = DateOnly.FromDateTime(started.UtcDateTime);
            state.History.Add(new TripFeatures(started, started.AddMinutes(30), 12_345.6 + trip, 1_800, 30, [trip % 3, 0, 0, 0, 0, 0], new int[6], new int[5], new int[5], 1_800,
                MondayDistanceM: 12_345.6 + trip, LocalStartDate: date, LocalEndDate: date));
        }

        return state;
    }
}
