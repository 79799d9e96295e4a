using Npgsql;

namespace Telematics.IntegrationTests.Postgres;

/// <summary>
/// A fresh, empty database on the PostgreSQL server that scripts/test.sh starts (ConnectionStrings__Postgres),
/// dropped after the tests that used it. Without the server these tests fail: they are never skipped.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly string _serverConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? throw new InvalidOperationException("ConnectionStrings__Postgres is not set: run the tests with `bash scripts/test.sh`, which starts PostgreSQL.");

    private readonly string _name = $"telematics_test_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE {_name}");
        // Several silos share one test process: a small pool per silo keeps them all under the server's connection limit.
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _name, MaxPoolSize = 20 }.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var server = NpgsqlDataSource.Create(_serverConnectionString);
        await using var command = server.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
