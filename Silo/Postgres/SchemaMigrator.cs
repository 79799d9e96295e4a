using System.Reflection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Telematics.Silo.Postgres;

/// <summary>
/// Brings a PostgreSQL database to the current schema: Orleans' own scripts (which are not idempotent) and then
/// ours, each once, in order, recorded in <c>telematics_schema_migrations</c>. An advisory lock lets several silos
/// start against an empty database at the same time.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource, ILogger<SchemaMigrator> logger)
{
    private const long MigrationLockKey = 0x7E1E_0001;

    /// <summary>The migrations, in the order they run; the id is what is recorded.</summary>
    public static readonly IReadOnlyList<(string Id, string Resource)> Migrations =
    [
        ("0001_orleans_main", "orleans/PostgreSQL-Main.sql"),
        ("0002_orleans_clustering", "orleans/PostgreSQL-Clustering.sql"),
        ("0003_orleans_persistence", "orleans/PostgreSQL-Persistence.sql"),
        ("0004_orleans_reminders", "orleans/PostgreSQL-Reminders.sql"),
        ("0005_orleans_streaming", "orleans/PostgreSQL-Streaming.sql"),
        ("0100_telematics_events", "telematics/0100_telematics_events.sql"),
        ("0101_drivers", "telematics/0101_drivers.sql"),
        ("0102_event_attributes", "telematics/0102_event_attributes.sql"),
        ("0103_audit_log", "telematics/0103_audit_log.sql"),
        ("0104_event_time_index", "telematics/0104_event_time_index.sql"),
        ("0105_event_batches", "telematics/0105_event_batches.sql"),
        ("0110_trips", "telematics/0110_trips.sql"),
        ("0120_driver_queries", "telematics/0120_driver_queries.sql"),
        ("0121_driver_short_search", "telematics/0121_driver_short_search.sql"),
        ("0130_audit_trail", "telematics/0130_audit_trail.sql"),
        ("0131_account_directory", "telematics/0131_account_directory.sql"),
        ("0140_policies", "telematics/0140_policies.sql"),
        ("0190_portfolio_totals", "telematics/0190_portfolio_totals.sql"),
        ("0191_devices", "telematics/0191_devices.sql"),
        ("0192_account_times", "telematics/0192_account_times.sql"),
        ("0193_past_month_partitions", "telematics/0193_past_month_partitions.sql"),
        ("0194_grain_state_lz4", "telematics/0194_grain_state_lz4.sql"),
    ];

    /// <returns>The ids of the migrations this call applied.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken);
        await Execute(connection, "CREATE TABLE IF NOT EXISTS telematics_schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken);

        var applied = new HashSet<string>();
        await using (var read = new NpgsqlCommand("SELECT id FROM telematics_schema_migrations", connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        var ran = new List<string>();
        foreach (var (id, resource) in Migrations.Where(m => !applied.Contains(m.Id)))
        {
            await Execute(connection, ReadScript(resource), cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO telematics_schema_migrations (id) VALUES ($1)", connection);
            record.Parameters.AddWithValue(id);
            await record.ExecuteNonQueryAsync(cancellationToken);
            ran.Add(id);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Database schema is current; applied {Count} migration(s): {Migrations}", ran.Count, string.Join(", ", ran));
        return ran;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string ReadScript(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration script '{resource}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
