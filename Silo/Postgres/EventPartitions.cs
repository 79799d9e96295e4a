using Npgsql;

namespace Telematics.Silo.Postgres;

/// <summary>The archive's monthly partitions: list, create ahead, detach old ones; and the trip table's, created ahead.</summary>
public static class EventPartitions
{
    public sealed record Partition(string Name, string Range, long EstimatedRows);

    public static Task<IReadOnlyList<string>> CreateAheadAsync(NpgsqlDataSource dataSource, int monthsAhead, CancellationToken cancellationToken) =>
        CreateAheadAsync(dataSource, "telematics_create_event_partitions", monthsAhead, cancellationToken);

    /// <summary>The monthly partitions of <c>telematics_trips</c> (Migrations/0110_trips.sql).</summary>
    public static Task<IReadOnlyList<string>> CreateTripPartitionsAheadAsync(NpgsqlDataSource dataSource, int monthsAhead, CancellationToken cancellationToken) =>
        CreateAheadAsync(dataSource, "telematics_create_trip_partitions", monthsAhead, cancellationToken);

    /// <summary>The date before which <see cref="DetachBeforeAsync"/> detaches, keeping <paramref name="monthsKept"/> whole months before the current one.</summary>
    public static DateOnly RetentionCutoff(DateTimeOffset now, int monthsKept) =>
        new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1).AddMonths(-monthsKept);

    private static async Task<IReadOnlyList<string>> CreateAheadAsync(NpgsqlDataSource dataSource, string function, int monthsAhead, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {function}($1)");
        command.Parameters.AddWithValue(monthsAhead);
        var created = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            created.Add(reader.GetString(0));
        }

        return created;
    }

    public static async Task<IReadOnlyList<Partition>> ListAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT c.relname, pg_get_expr(c.relpartbound, c.oid), c.reltuples::bigint
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'telematics_event_batches'::regclass
            ORDER BY c.relname
            """);
        var partitions = new List<Partition>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            partitions.Add(new Partition(reader.GetString(0), reader.GetString(1), Math.Max(0, reader.GetInt64(2))));
        }

        return partitions;
    }

    /// <summary>Detaches (does not drop) the monthly partitions that end on or before <paramref name="before"/>, for archiving elsewhere.</summary>
    public static async Task<IReadOnlyList<string>> DetachBeforeAsync(NpgsqlDataSource dataSource, DateOnly before, CancellationToken cancellationToken)
    {
        var detached = new List<string>();
        foreach (var partition in await ListAsync(dataSource, cancellationToken))
        {
            if (MonthOf(partition.Name) is { } month && month.AddMonths(1) <= before)
            {
                await using var command = dataSource.CreateCommand($"ALTER TABLE telematics_event_batches DETACH PARTITION \"{partition.Name}\"");
                await command.ExecuteNonQueryAsync(cancellationToken);
                detached.Add(partition.Name);
            }
        }

        return detached;
    }

    /// <summary>The first day of a monthly partition's month, from its name (<c>telematics_event_batches_2026_11</c>); null for the default partition.</summary>
    public static DateOnly? MonthOf(string partitionName) =>
        DateOnly.TryParseExact(partitionName.Replace("telematics_event_batches_", ""), "yyyy_MM", out var month) ? month : null;
}
