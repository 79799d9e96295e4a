using Npgsql;
using Telematics.Audit;
using Telematics.Portfolio;

namespace Telematics.Silo.Postgres;

/// <summary>The audit log in the <c>audit_log</c> table, shared by every API node.</summary>
public sealed class PostgresAuditLog(NpgsqlDataSource dataSource) : IAuditLog
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("INSERT INTO audit_log (at, actor, action, target, status) VALUES ($1, $2, $3, $4, $5)");
        command.Parameters.AddWithValue(entry.At);
        command.Parameters.AddWithValue(entry.Actor);
        command.Parameters.AddWithValue(entry.Action);
        command.Parameters.AddWithValue(entry.Target);
        command.Parameters.AddWithValue(entry.Status);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT at, actor, action, target, status FROM audit_log ORDER BY id DESC LIMIT $1 OFFSET $2");
        command.Parameters.AddWithValue(pageSize);
        command.Parameters.AddWithValue((page - 1) * pageSize);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
        }

        return entries;
    }
}
