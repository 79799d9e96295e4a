using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Telematics.IntegrationTests.Trips;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Postgres;

/// <summary>Rows of past months leave the default partitions for partitions of their months, except months retention archived.</summary>
public sealed class DefaultPartitionTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Rows_of_past_months_move_to_partitions_of_their_months_and_every_trip_still_pages()
    {
        await new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        var thisMonth = new DateTimeOffset(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var trips = new PostgresTripStore(database.DataSource, new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());
        var driver = "DRV-PARTS";
        // A converted driver's history: two past months and this one. The first instant of a month belongs to that month.
        await trips.AddAsync([
            TripStoreContract.Trip(driver, 1, thisMonth.AddMonths(-8).AddDays(3)),
            TripStoreContract.Trip(driver, 2, thisMonth.AddMonths(-5)),
            TripStoreContract.Trip(driver, 3, thisMonth.AddMonths(-5).AddSeconds(-1)),
            TripStoreContract.Trip(driver, 4, thisMonth.AddHours(1))]);
        // A month retention has detached: its late events stay where they landed.
        var archived = thisMonth.AddMonths(-10);
        await database.ExecuteAsync($"CREATE TABLE telematics_event_batches_{archived:yyyy_MM} PARTITION OF telematics_event_batches FOR VALUES FROM ('{archived:yyyy-MM-dd}') TO ('{archived.AddMonths(1):yyyy-MM-dd}')");
        await database.ExecuteAsync($"ALTER TABLE telematics_event_batches DETACH PARTITION telematics_event_batches_{archived:yyyy_MM}");
        await using (var archive = new PostgresEventArchive(database.DataSource, Options.Create(new EventArchiveOptions()), ArchiveMetrics.Unregistered(), NullLogger<PostgresEventArchive>.Instance))
        {
            await archive.AppendAsync("PARTS-T1", "VEH-PARTS", TestData.HarshTrip(seconds: 30, ago: DateTimeOffset.UtcNow - thisMonth.AddMonths(-6).AddDays(2)));
            await archive.AppendAsync("PARTS-T2", "VEH-PARTS", TestData.HarshTrip(seconds: 30, ago: DateTimeOffset.UtcNow - archived.AddDays(2)));
        }

        Assert.Equal(3, await database.ScalarAsync("SELECT count(*) FROM telematics_trips_default"));
        var created = await EventPartitions.MoveDefaultRowsAsync(database.DataSource, default);

        Assert.Equal(
            new[] { $"telematics_event_batches_{thisMonth.AddMonths(-6):yyyy_MM}", $"telematics_trips_{thisMonth.AddMonths(-8):yyyy_MM}", $"telematics_trips_{thisMonth.AddMonths(-6):yyyy_MM}", $"telematics_trips_{thisMonth.AddMonths(-5):yyyy_MM}" }.Order(),
            created.Order());
        Assert.Equal(0, await database.ScalarAsync("SELECT count(*) FROM telematics_trips_default"));
        Assert.Equal(1, await database.ScalarAsync($"SELECT count(*) FROM telematics_trips_{thisMonth.AddMonths(-6):yyyy_MM} WHERE trip_id = 'VEH-TS-T000003'"));
        Assert.Equal(1, await database.ScalarAsync($"SELECT count(*) FROM telematics_event_batches_{thisMonth.AddMonths(-6):yyyy_MM} WHERE trip_id = 'PARTS-T1'"));
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM telematics_event_batches_default WHERE trip_id = 'PARTS-T2'"));
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM pg_inherits WHERE inhrelid = 'telematics_event_batches_default'::regclass"));
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM pg_inherits WHERE inhrelid = 'telematics_trips_default'::regclass"));
        // A created event partition keeps no statistics on the event arrays, as those made ahead do.
        Assert.Equal(1, await database.ScalarAsync(
            $"SELECT count(*) FROM pg_attribute WHERE attrelid = 'telematics_event_batches_{thisMonth.AddMonths(-6):yyyy_MM}'::regclass AND attname = 'latitude' AND attstattarget = 0"));
        var page = await trips.PageAsync(driver, null, limit: 10);
        Assert.Equal(["VEH-TS-T000004", "VEH-TS-T000002", "VEH-TS-T000003", "VEH-TS-T000001"], page.Items.Select(t => t.TripId));
        Assert.Empty(await EventPartitions.MoveDefaultRowsAsync(database.DataSource, default));
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM telematics_event_batches_default"));
    }
}
