using Npgsql;

namespace Telematics.IntegrationTests.Postgres;

/// <summary>
/// A fresh, empty database on the PostgreSQL server that scripts/test.sh starts (ConnectionStrings__Postgres), or on another,
/// dropped after the tests that used it. Without the server these tests fail: they are never skipped.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly string _name = $"telematics_test_{Guid.NewGuid():N}";

    /// <summary>The server to create the database on; by default (xunit builds class fixtures without arguments) the one scripts/test.sh starts.</summary>
    public string? ServerConnectionString { get; init; }

    private string Server => ServerConnectionString ?? Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? throw new InvalidOperationException("ConnectionStrings__Postgres is not set: run the tests with `bash scripts/test.sh`, which starts PostgreSQL.");

    /// <summary>
    /// Whether the database is owned by a login role of its own, which the application then connects as: the server's
    /// user is a superuser, whom no REVOKE stops, while an owner's revoked privileges hold against itself.
    /// </summary>
    public bool OwnRole { get; init; }

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = _name };
        if (OwnRole)
        {
            await ExecuteOnServerAsync($"CREATE ROLE {_name} LOGIN");
            builder.Username = _name;
        }

        await ExecuteOnServerAsync(OwnRole ? $"CREATE DATABASE {_name} OWNER {_name}" : $"CREATE DATABASE {_name}");
        // Several silos share one test process: a small pool per silo keeps them all under the server's connection limit.
        builder.MaxPoolSize = 20;
        ConnectionString = builder.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    /// <summary>The database brought to the current schema, for a store under test to use.</summary>
    public async Task<NpgsqlDataSource> MigratedAsync()
    {
        await new Telematics.Silo.Postgres.SchemaMigrator(DataSource, Microsoft.Extensions.Logging.Abstractions.NullLogger<Telematics.Silo.Postgres.SchemaMigrator>.Instance).MigrateAsync();
        return DataSource;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Ends every connection to the database, as a server restart does; the test's own pool is emptied too.</summary>
    public async Task TerminateConnectionsAsync()
    {
        await ExecuteOnServerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_name}'");
        DataSource.Clear();
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        if (OwnRole)
        {
            await ExecuteOnServerAsync($"DROP ROLE IF EXISTS {_name}");
        }
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var server = NpgsqlDataSource.Create(Server);
        await using var command = server.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
