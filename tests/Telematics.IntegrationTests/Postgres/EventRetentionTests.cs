using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Postgres;

/// <summary>With <c>Telematics:Archive:RetainMonths</c> set, partition maintenance detaches the event partitions older than it.</summary>
public sealed class EventRetentionTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Maintenance_detaches_event_partitions_older_than_the_retention_and_keeps_the_rest()
    {
        await new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        var thisMonth = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        foreach (var month in new[] { thisMonth.AddMonths(-3), thisMonth.AddMonths(-2), thisMonth.AddMonths(-1) })
        {
            await database.ExecuteAsync(
                $"CREATE TABLE telematics_event_batches_{month:yyyy_MM} PARTITION OF telematics_event_batches FOR VALUES FROM ('{month:yyyy-MM-dd}') TO ('{month.AddMonths(1):yyyy-MM-dd}')");
        }

        var maintenance = new PartitionMaintenanceService(database.DataSource, Options.Create(new EventArchiveOptions { RetainMonths = 2 }), TimeProvider.System,
            NullLogger<PartitionMaintenanceService>.Instance);
        await maintenance.StartAsync(default);
        var months = await Poll.UntilAsync(
            async () => (await EventPartitions.ListAsync(database.DataSource, default)).Select(p => EventPartitions.MonthOf(p.Name)).OfType<DateOnly>().ToList(),
            m => !m.Contains(thisMonth.AddMonths(-3)));
        await maintenance.StopAsync(default);

        Assert.Equal([thisMonth.AddMonths(-2), thisMonth.AddMonths(-1), thisMonth, thisMonth.AddMonths(1), thisMonth.AddMonths(2), thisMonth.AddMonths(3)], months);
        // Detached, not dropped: the table is there to archive elsewhere.
        Assert.Equal(1, await database.ScalarAsync($"SELECT count(*) FROM pg_class WHERE relname = 'telematics_event_batches_{thisMonth.AddMonths(-3):yyyy_MM}'"));
    }

    [Fact]
    public void A_retention_under_one_month_fails_start_up_naming_the_option()
    {
        var result = new EventArchiveOptionsValidator().Validate(null, new EventArchiveOptions { RetainMonths = 0 });

        Assert.True(result.Failed);
        Assert.Contains("Telematics:Archive:RetainMonths", result.FailureMessage);
    }
}
