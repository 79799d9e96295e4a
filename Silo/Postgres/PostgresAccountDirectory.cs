using Npgsql;
using NpgsqlTypes;
using Telematics.Accounts;

namespace Telematics.Silo.Postgres;

/// <summary>The account directory in the <c>account_directory</c> table, keyset-paged by username.</summary>
public sealed class PostgresAccountDirectory(NpgsqlDataSource dataSource) : IAccountDirectory
{
    /// <summary>
    /// Above every character a username may hold (the id grammar is ASCII letters, digits and <c>. _ : -</c>), so that
    /// [prefix, prefix + this) holds exactly the usernames starting with the prefix: a range the primary key's order serves.
    /// </summary>
    private const char AboveUsernameCharacters = '\u007f';

    public async Task UpsertAsync(AccountSummary account, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO account_directory (username, role, disabled, driver_id, created_at, changed_at) VALUES ($1, $2, $3, $4, $5, $6) "
            + "ON CONFLICT (username) DO UPDATE SET role = excluded.role, disabled = excluded.disabled, driver_id = excluded.driver_id, "
            + "created_at = excluded.created_at, changed_at = excluded.changed_at");
        command.Parameters.AddWithValue(account.Username);
        command.Parameters.AddWithValue(account.Role);
        command.Parameters.AddWithValue(account.Disabled);
        command.Parameters.AddWithValue((object?)account.DriverId ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)account.CreatedAt ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)account.ChangedAt ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Only the conditions the query gives are written, so that each combination is its own statement: a prepared
    /// "$n IS NULL OR …" would get a generic plan that filters the whole key instead of seeking the range.
    /// </summary>
    public async Task<AccountPage> ListAsync(AccountQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand();
        var where = new List<string>();
        void Condition(string condition, string value)
        {
            command.Parameters.AddWithValue(NpgsqlDbType.Text, value);
            where.Add(condition.Replace("$", $"${command.Parameters.Count}", StringComparison.Ordinal));
        }

        if (query.After is { } after)
        {
            Condition("username > $", after);
        }

        if (query.Role is { } role)
        {
            Condition("role = $", role);
        }

        if (query.UsernamePrefix is { } prefix)
        {
            Condition("username >= $", prefix);
            Condition("username < $", prefix + AboveUsernameCharacters);
        }

        command.Parameters.AddWithValue(query.Limit + 1);
        command.CommandText = "SELECT username, role, disabled, driver_id, created_at, changed_at FROM account_directory "
            + (where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where)) + $" ORDER BY username LIMIT ${command.Parameters.Count}";
        var accounts = new List<AccountSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(new AccountSummary(
                reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return AccountPages.Of(accounts, query.Limit);
    }
}
