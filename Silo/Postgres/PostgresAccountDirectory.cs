using Npgsql;
using Telematics.Accounts;

namespace Telematics.Silo.Postgres;

/// <summary>The account directory in the <c>account_directory</c> table, keyset-paged by username.</summary>
public sealed class PostgresAccountDirectory(NpgsqlDataSource dataSource) : IAccountDirectory
{
    public async Task UpsertAsync(AccountSummary account, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO account_directory (username, role, disabled, driver_id) VALUES ($1, $2, $3, $4) "
            + "ON CONFLICT (username) DO UPDATE SET role = excluded.role, disabled = excluded.disabled, driver_id = excluded.driver_id");
        command.Parameters.AddWithValue(account.Username);
        command.Parameters.AddWithValue(account.Role);
        command.Parameters.AddWithValue(account.Disabled);
        command.Parameters.AddWithValue((object?)account.DriverId ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AccountPage> ListAsync(string? after, string? role, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT username, role, disabled, driver_id FROM account_directory "
            + "WHERE ($1::text IS NULL OR username > $1) AND ($2::text IS NULL OR role = $2) ORDER BY username LIMIT $3");
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)after ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)role ?? DBNull.Value);
        command.Parameters.AddWithValue(limit + 1);
        var accounts = new List<AccountSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(new AccountSummary(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return AccountPages.Of(accounts, limit);
    }
}
