using System.Runtime.CompilerServices;
using System.Text;
using Npgsql;
using Telematics.Audit;
using Telematics.Portfolio;

namespace Telematics.Silo.Postgres;

/// <summary>
/// The audit trail in the <c>audit_trail</c> table, shared by every API node. Appends take a transaction-scoped
/// advisory lock, so that nodes chain their entries one at a time onto the same head.
/// </summary>
public sealed class PostgresAuditLog(NpgsqlDataSource dataSource) : IAuditLog
{
    private const long ChainLockKey = 0x7E1E_0130;
    private const int ChainPageSize = 1_000;
    private const string Columns = "sequence, at, actor, role, client_address, request_id, action, resource_type, resource_id, "
        + "before_summary, after_summary, outcome, previous_hash, hash";

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockHead = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ChainLockKey})", connection, transaction))
        {
            await lockHead.ExecuteNonQueryAsync(cancellationToken);
        }

        var (sequence, previousHash) = (0L, AuditChain.Genesis);
        await using (var head = new NpgsqlCommand("SELECT sequence, hash FROM audit_trail ORDER BY sequence DESC LIMIT 1", connection, transaction))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                (sequence, previousHash) = (reader.GetInt64(0), reader.GetString(1));
            }
        }

        var entry = AuditChain.Link(record, sequence + 1, previousHash);
        await using (var insert = new NpgsqlCommand($"INSERT INTO audit_trail ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)", connection, transaction))
        {
            var r = entry.Record;
            insert.Parameters.AddWithValue(entry.Sequence);
            insert.Parameters.AddWithValue(r.At);
            insert.Parameters.AddWithValue(r.Actor);
            insert.Parameters.AddWithValue(r.Role);
            insert.Parameters.AddWithValue(r.ClientAddress);
            insert.Parameters.AddWithValue(r.RequestId);
            insert.Parameters.AddWithValue(r.Action);
            insert.Parameters.AddWithValue(r.ResourceType);
            insert.Parameters.AddWithValue(r.ResourceId);
            insert.Parameters.AddWithValue((object?)r.Before ?? DBNull.Value);
            insert.Parameters.AddWithValue((object?)r.After ?? DBNull.Value);
            insert.Parameters.AddWithValue(r.Outcome);
            insert.Parameters.AddWithValue(entry.PreviousHash);
            insert.Parameters.AddWithValue(entry.Hash);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var sql = new StringBuilder($"SELECT {Columns} FROM audit_trail WHERE true");
        var parameters = new List<object>();
        void Filter(string condition, object? value)
        {
            if (value is not null)
            {
                parameters.Add(value);
                sql.Append($" AND {condition} ${parameters.Count}");
            }
        }

        Filter("actor =", query.Actor);
        Filter("action =", query.Action);
        Filter("resource_type =", query.ResourceType);
        Filter("resource_id =", query.ResourceId);
        Filter("at >=", query.From);
        Filter("at <", query.To);
        Filter("sequence <", query.Before);
        parameters.Add(query.Limit + 1);
        sql.Append($" ORDER BY sequence DESC LIMIT ${parameters.Count}");

        await using var command = dataSource.CreateCommand(sql.ToString());
        foreach (var value in parameters)
        {
            command.Parameters.AddWithValue(value);
        }

        return AuditPages.Of(await ReadAsync(command, cancellationToken), query.Limit);
    }

    public async IAsyncEnumerable<AuditEntry> ReadChainAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = 0L;
        while (true)
        {
            await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM audit_trail WHERE sequence > $1 ORDER BY sequence LIMIT $2");
            command.Parameters.AddWithValue(after);
            command.Parameters.AddWithValue(ChainPageSize);
            var page = await ReadAsync(command, cancellationToken);
            foreach (var entry in page)
            {
                yield return entry;
            }

            if (page.Count < ChainPageSize)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }

    private static async Task<List<AuditEntry>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var record = new AuditRecord(
                reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10), reader.GetInt32(11));
            entries.Add(new AuditEntry(reader.GetInt64(0), record, reader.GetString(12), reader.GetString(13)));
        }

        return entries;
    }
}
