using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Postgres;

public sealed class SchemaAndArchiveTests : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly PostgresDatabase _database;
    private readonly SchemaMigrator _migrator;

    public SchemaAndArchiveTests(PostgresDatabase database)
    {
        _database = database;
        _migrator = new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance);
    }

    public async Task InitializeAsync() => await _migrator.MigrateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Migrating_again_applies_nothing_and_the_schema_has_every_table()
    {
        var second = await _migrator.MigrateAsync();

        Assert.Empty(second);
        Assert.Equal(SchemaMigrator.Migrations.Count, await _database.ScalarAsync("SELECT count(*) FROM telematics_schema_migrations"));
        foreach (var table in new[] { "orleansmembershiptable", "orleansstorage", "orleansreminderstable", "telematics_events" })
        {
            Assert.Equal(1, await _database.ScalarAsync($"SELECT count(*) FROM pg_class WHERE relname = '{table}'"));
        }

        // The archive keeps one B-tree (trip reloads) and one BRIN index (time ranges), nothing that grows per vehicle.
        Assert.Equal(1, await _database.ScalarAsync(ArchiveIndexes("btree") + " AND c.relname = 'telematics_event_batches_trip'"));
        Assert.Equal(1, await _database.ScalarAsync(ArchiveIndexes("brin")));
        Assert.Equal(2, await _database.ScalarAsync(ArchiveIndexes("%")));
    }

    [Fact]
    public async Task Grain_state_is_compressed_with_lz4_on_a_server_that_has_it()
    {
        Assert.Equal(1, await _database.ScalarAsync(
            "SELECT count(*) FROM pg_attribute WHERE attrelid = 'orleansstorage'::regclass AND attname = 'payloadbinary' AND attcompression = 'l'"));
    }

    private static string ArchiveIndexes(string method) =>
        "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam "
        + $"WHERE i.indrelid = 'telematics_event_batches'::regclass AND am.amname LIKE '{method}'";

    [Fact]
    public async Task Monthly_partitions_exist_from_this_month_on_and_creating_them_again_is_a_no_op()
    {
        var partitions = await EventPartitions.ListAsync(_database.DataSource, default);
        var again = await EventPartitions.CreateAheadAsync(_database.DataSource, 3, default);

        var thisMonth = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        var months = partitions.Select(p => EventPartitions.MonthOf(p.Name)).OfType<DateOnly>().ToList();
        Assert.Equal([thisMonth, thisMonth.AddMonths(1), thisMonth.AddMonths(2), thisMonth.AddMonths(3)], months);
        Assert.Contains(partitions, p => p.Name == "telematics_event_batches_default");
        Assert.Empty(again);
        // Every partition stores the event arrays out of line without compressing them, and keeps no statistics on them.
        Assert.Equal(partitions.Count, await _database.ScalarAsync(
            "SELECT count(*) FROM pg_inherits i JOIN pg_attribute a ON a.attrelid = i.inhrelid "
            + "WHERE i.inhparent = 'telematics_event_batches'::regclass AND a.attname = 'latitude' AND a.attstorage = 'e' AND a.attstattarget = 0"));
    }

    [Fact]
    public async Task Concurrent_appends_are_all_committed_and_a_trip_reads_back_in_time_order()
    {
        await using var archive = new PostgresEventArchive(_database.DataSource, Options.Create(new EventArchiveOptions()), ArchiveMetrics.Unregistered(), NullLogger<PostgresEventArchive>.Instance);
        var trips = Enumerable.Range(0, 50).Select(i => (TripId: $"ARCH-T{i}", Events: TestData.HarshTrip(seconds: 200, ago: TimeSpan.FromHours(1)))).ToList();
        trips[7].Events[3] = trips[7].Events[3] with { Attributes = new Dictionary<string, string> { ["io66"] = "12750", ["odometer"] = "123456" } };

        await Task.WhenAll(trips.Select(t => archive.AppendAsync(t.TripId, "VEH-ARCH", t.Events)));
        var readBack = await archive.ReadTripAsync("ARCH-T7");

        Assert.Equal(50 * 200, await _database.ScalarAsync("SELECT count(*) FROM telematics_events WHERE vehicle_id = 'VEH-ARCH'"));
        Assert.Equal(50, await _database.ScalarAsync("SELECT count(*) FROM telematics_event_batches WHERE vehicle_id = 'VEH-ARCH'"));
        Assert.Equal(trips[7].Events.Select(e => (e.Timestamp, e.Latitude, e.Ignition)), readBack.Select(e => (e.Timestamp, e.Latitude, e.Ignition)));
        Assert.Equal(trips[7].Events.Select(e => (float)e.AccelLongMps2), readBack.Select(e => (float)e.AccelLongMps2));
        Assert.Equal(trips[7].Events[3].Attributes, readBack[3].Attributes);
        Assert.Null(readBack[4].Attributes);
    }

    [Fact]
    public async Task An_append_that_cannot_be_committed_fails_with_a_domain_exception_and_acknowledges_nothing()
    {
        var missing = new Npgsql.NpgsqlConnectionStringBuilder(_database.ConnectionString) { Database = "telematics_no_such_database" }.ConnectionString;
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(missing);
        await using var archive = new PostgresEventArchive(dataSource, Options.Create(new EventArchiveOptions()), ArchiveMetrics.Unregistered(), NullLogger<PostgresEventArchive>.Instance);

        var error = await Assert.ThrowsAsync<Telematics.Telemetry.EventArchiveUnavailableException>(
            () => archive.AppendAsync("ARCH-FAIL", "VEH-ARCH-FAIL", TestData.HarshTrip(seconds: 10, ago: TimeSpan.FromHours(1))));

        Assert.Contains("nothing of the batch was stored", error.Message);
    }

    [Fact]
    public async Task Detaching_old_partitions_keeps_current_ones()
    {
        var detached = await EventPartitions.DetachBeforeAsync(_database.DataSource, new DateOnly(2000, 1, 1), default);

        Assert.Empty(detached);
        Assert.Equal(5, (await EventPartitions.ListAsync(_database.DataSource, default)).Count);
    }
}
