using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Telematics.Silo.Postgres;

/// <summary>
/// Daily, on every silo: keeps the archive's and the trip table's monthly partitions created ahead of time (creation is
/// idempotent), moves rows of past months out of their default partitions into partitions of their months, and
/// detaches the archive's partitions older than <see cref="EventArchiveOptions.RetainMonths"/>.
/// </summary>
public sealed class PartitionMaintenanceService(
    NpgsqlDataSource dataSource,
    IOptions<EventArchiveOptions> options,
    TimeProvider time,
    ILogger<PartitionMaintenanceService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var daily = new PeriodicTimer(TimeSpan.FromDays(1), time);
        do
        {
            try
            {
                var created = await EventPartitions.CreateAheadAsync(dataSource, options.Value.MonthsAhead, stoppingToken);
                created = [.. created, .. await EventPartitions.CreateTripPartitionsAheadAsync(dataSource, options.Value.MonthsAhead, stoppingToken)];
                created = [.. created, .. await EventPartitions.MoveDefaultRowsAsync(dataSource, stoppingToken)];
                if (created.Count > 0)
                {
                    logger.LogInformation("Created partitions {Partitions}", string.Join(", ", created));
                }

                if (options.Value.RetainMonths is { } months)
                {
                    var detached = await EventPartitions.DetachBeforeAsync(dataSource, EventPartitions.RetentionCutoff(time.GetUtcNow(), months), stoppingToken);
                    if (detached.Count > 0)
                    {
                        logger.LogInformation("Detached event partitions {Partitions}, older than {Months} months", string.Join(", ", detached), months);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Partition maintenance failed; events and trips still land in the default partitions");
            }
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }
}
