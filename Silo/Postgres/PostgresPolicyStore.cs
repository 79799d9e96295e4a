using Npgsql;
using NpgsqlTypes;
using Telematics.Insurance;

namespace Telematics.Silo.Postgres;

/// <summary>
/// Policies in the <c>policies</c> table and their premium history in <c>policy_premiums</c> (migration 0140). A number
/// in use and a driver's second active policy are refused by the primary key and a partial unique index, so two API
/// nodes issuing at once cannot both succeed.
/// </summary>
public sealed class PostgresPolicyStore(NpgsqlDataSource dataSource) : IPolicyStore
{
    private const string Columns = "number, driver_id, vehicle_ids, term_start, term_end, status, traditional_premium, telematics_premium, "
        + "issued_at, renewal_of, renewed_as, cancelled_at";

    private static readonly Dictionary<string, string> SortColumns = new()
    {
        ["number"] = "number",
        ["termStart"] = "term_start",
        ["termEnd"] = "term_end",
        ["telematicsPremium"] = "telematics_premium",
        ["traditionalPremium"] = "traditional_premium",
    };

    public async Task<PolicyWriteResult> CreateAsync(Policy policy, PremiumChange issued, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await InsertAsync(connection, policy, issued, cancellationToken);
        if (result == PolicyWriteResult.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    public async Task<Policy?> GetAsync(string number, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM policies WHERE number = $1");
        command.Parameters.AddWithValue(number);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<PremiumChange>> PremiumHistoryAsync(string number, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT at, telematics_premium, traditional_premium, discount_pct, model_version, reason FROM policy_premiums "
            + "WHERE number = $1 ORDER BY at DESC, seq DESC LIMIT $2");
        command.Parameters.AddWithValue(number);
        command.Parameters.AddWithValue(limit);
        var changes = new List<PremiumChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new PremiumChange(
                reader.GetFieldValue<DateTimeOffset>(0), reader.GetDecimal(1), reader.GetDecimal(2), reader.GetDouble(3), reader.GetString(4), reader.GetString(5)));
        }

        return changes;
    }

    /// <summary>Only the predicates the query has are written, so each shape of query gets a plan on its own index.</summary>
    public async Task<PolicyPage> QueryAsync(PolicyQuery query, CancellationToken cancellationToken = default)
    {
        var sort = SortColumns.GetValueOrDefault(query.SortBy, "number");
        var direction = query.Descending ? "DESC" : "ASC";
        await using var command = dataSource.CreateCommand();
        var where = new List<string>();
        if (query.DriverId is { } driverId)
        {
            where.Add($"driver_id = {Parameter(command, driverId)}");
        }

        if (query.Status is { } status)
        {
            var stored = status == PolicyStatus.Expired ? PolicyStatus.Active : status;
            where.Add($"status = {Parameter(command, stored.ToString())}");
            if (status is PolicyStatus.Active or PolicyStatus.Expired)
            {
                where.Add($"term_end {(status == PolicyStatus.Active ? ">" : "<=")} {Parameter(command, query.AsOf)}");
            }
        }

        if (query.TermStartFrom is { } from)
        {
            where.Add($"term_start >= {Parameter(command, from)}");
        }

        if (query.TermStartBefore is { } before)
        {
            where.Add($"term_start < {Parameter(command, before)}");
        }

        if (query.After is { } after)
        {
            var comparison = query.Descending ? "<" : ">";
            var number = Parameter(command, after.Number);
            where.Add(sort == "number" ? $"number {comparison} {number}" : $"({sort}, number) {comparison} ({Parameter(command, after.Key)}, {number})");
        }

        var order = sort == "number" ? $"number {direction}" : $"{sort} {direction}, number {direction}";
        command.CommandText = $"SELECT {Columns} FROM policies {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")} "
            + $"ORDER BY {order} LIMIT {Parameter(command, query.PageSize + 1)}";
        var rows = new List<Policy>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return PolicyPage.Of(query, rows);
    }

    /// <summary>One statement on the index of active policies by driver: the driver grain runs it after each repricing.</summary>
    public async Task<bool> RecordPremiumAsync(string driverId, PremiumChange change, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "WITH policy AS (UPDATE policies SET telematics_premium = $3 "
            + "WHERE driver_id = $1 AND status = 'Active' AND term_end > $2 RETURNING number) "
            + $"{InsertPremium} SELECT number, $2, $3, $4, $5, $6, $7 FROM policy");
        AddPremium(command.Parameters, driverId, change);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<PolicyWriteResult> RenewAsync(string number, Policy next, PremiumChange issued, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await EndAsync(connection, number, "status = 'Renewed', renewed_as = $2", next.Number, cancellationToken);
        if (result == PolicyWriteResult.Done)
        {
            result = await InsertAsync(connection, next, issued, cancellationToken);
        }

        if (result == PolicyWriteResult.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    public async Task<PolicyWriteResult> CancelAsync(string number, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await EndAsync(connection, number, "status = 'Cancelled', cancelled_at = $2", at, cancellationToken);
    }

    /// <summary>Sets an active policy's end (<paramref name="assignments"/>, whose <c>$2</c> is <paramref name="value"/>); anything but an active policy is left as it is.</summary>
    private static async Task<PolicyWriteResult> EndAsync(NpgsqlConnection connection, string number, string assignments, object value, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"WITH ended AS (UPDATE policies SET {assignments} WHERE number = $1 AND status = 'Active' RETURNING 1) "
            + "SELECT EXISTS (SELECT FROM policies WHERE number = $1), EXISTS (SELECT FROM ended)", connection);
        command.Parameters.AddWithValue(number);
        command.Parameters.AddWithValue(value is DateTimeOffset at ? at.ToUniversalTime() : value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return !reader.GetBoolean(0) ? PolicyWriteResult.NotFound : reader.GetBoolean(1) ? PolicyWriteResult.Done : PolicyWriteResult.NotActive;
    }

    /// <summary>Inserts the policy and its first premium entry on the caller's transaction, which it leaves to roll back on a refusal.</summary>
    private static async Task<PolicyWriteResult> InsertAsync(NpgsqlConnection connection, Policy policy, PremiumChange issued, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO policies ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (number) DO NOTHING", connection);
        insert.Parameters.AddWithValue(policy.Number);
        insert.Parameters.AddWithValue(policy.DriverId);
        insert.Parameters.AddWithValue(policy.VehicleIds.ToArray());
        insert.Parameters.AddWithValue(policy.TermStart.ToUniversalTime());
        insert.Parameters.AddWithValue(policy.TermEnd.ToUniversalTime());
        insert.Parameters.AddWithValue(policy.Status.ToString());
        insert.Parameters.AddWithValue(policy.TraditionalPremium);
        insert.Parameters.AddWithValue(policy.TelematicsPremium);
        insert.Parameters.AddWithValue(policy.IssuedAt.ToUniversalTime());
        insert.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)policy.RenewalOf ?? DBNull.Value);
        insert.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)policy.RenewedAs ?? DBNull.Value);
        insert.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)policy.CancelledAt?.ToUniversalTime() ?? DBNull.Value);
        int inserted;
        try
        {
            inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == "policies_active_by_driver")
        {
            return PolicyWriteResult.DriverHasActivePolicy;
        }

        if (inserted == 0)
        {
            return PolicyWriteResult.NumberTaken;
        }

        await using var history = new NpgsqlCommand($"{InsertPremium} VALUES ($1, $2, $3, $4, $5, $6, $7)", connection);
        AddPremium(history.Parameters, policy.Number, issued);
        await history.ExecuteNonQueryAsync(cancellationToken);
        return PolicyWriteResult.Done;
    }

    private const string InsertPremium =
        "INSERT INTO policy_premiums (number, at, telematics_premium, traditional_premium, discount_pct, model_version, reason)";

    /// <summary>The change's parameters $2–$7 after <paramref name="key"/> ($1), in the order of <see cref="InsertPremium"/>'s columns.</summary>
    private static void AddPremium(NpgsqlParameterCollection parameters, string key, PremiumChange change)
    {
        parameters.AddWithValue(key);
        parameters.AddWithValue(change.At.ToUniversalTime());
        parameters.AddWithValue(change.TelematicsPremium);
        parameters.AddWithValue(change.TraditionalPremium);
        parameters.AddWithValue(change.DiscountPct);
        parameters.AddWithValue(change.ModelVersion);
        parameters.AddWithValue(change.Reason);
    }

    private static string Parameter(NpgsqlCommand command, object value)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = value is DateTimeOffset at ? at.ToUniversalTime() : value });
        return $"${command.Parameters.Count}";
    }

    private static Policy Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetFieldValue<string[]>(2),
        reader.GetFieldValue<DateTimeOffset>(3),
        reader.GetFieldValue<DateTimeOffset>(4),
        Enum.Parse<PolicyStatus>(reader.GetString(5)),
        reader.GetDecimal(6),
        reader.GetDecimal(7),
        reader.GetFieldValue<DateTimeOffset>(8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.IsDBNull(10) ? null : reader.GetString(10),
        reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11));
}
