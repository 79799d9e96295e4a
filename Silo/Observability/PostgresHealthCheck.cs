using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Telematics.Silo.Observability;

/// <summary>
/// Ready when PostgreSQL answers and the archive can be written: a primary (not a standby in recovery) on which this
/// role may insert events. A node that cannot archive cannot acknowledge a batch, so it should not be sent any.
/// </summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    private const string Probe = """
        SELECT NOT pg_is_in_recovery() AND has_table_privilege('telematics_events', 'INSERT')
        """;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand(Probe);
            return await command.ExecuteScalarAsync(cancellationToken) is true
                ? HealthCheckResult.Healthy("PostgreSQL answers and the archive is writable.")
                : HealthCheckResult.Unhealthy("PostgreSQL answers but the archive is not writable (a standby, or no INSERT privilege).");
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL did not answer.", ex);
        }
    }
}
