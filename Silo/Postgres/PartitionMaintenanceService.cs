using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Telematics.Silo.Postgres;

/// <summary>Keeps the archive's monthly partitions created ahead of time, daily, on every silo (creation is idempotent).</summary>
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
                if (created.Count > 0)
                {
                    logger.LogInformation("Created event partitions {Partitions}", string.Join(", ", created));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Creating event partitions failed; events still land in the default partition");
            }
        }
        while (await daily.WaitForNextTickAsync(stoppingToken));
    }
}
