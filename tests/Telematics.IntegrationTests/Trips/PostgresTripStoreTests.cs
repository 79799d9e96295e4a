using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using Telematics.IntegrationTests.Postgres;
using Telematics.Silo.Postgres;
using Telematics.Trips;

namespace Telematics.IntegrationTests.Trips;

public sealed class PostgresTripStoreTests(PostgresDatabase database) : TripStoreContract, IClassFixture<PostgresDatabase>
{
    protected override async Task<ITripStore> StoreAsync()
    {
        await new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        return new PostgresTripStore(database.DataSource, new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());
    }

    [Fact]
    public async Task The_trips_table_has_monthly_partitions_from_this_month_on_and_a_default_one()
    {
        await StoreAsync();

        var thisMonth = DateTime.UtcNow.ToString("yyyy_MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await database.ScalarAsync($"SELECT count(*) FROM pg_class WHERE relname = 'telematics_trips_{thisMonth}'"));
        Assert.Equal(1, await database.ScalarAsync("SELECT count(*) FROM pg_class WHERE relname = 'telematics_trips_default'"));
        Assert.Equal(5, await database.ScalarAsync("SELECT count(*) FROM pg_inherits WHERE inhparent = 'telematics_trips'::regclass"));
        Assert.Empty(await EventPartitions.CreateTripPartitionsAheadAsync(database.DataSource, 3, default));
    }
}
