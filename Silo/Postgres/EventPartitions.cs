using Npgsql;

namespace Telematics.Silo.Postgres;

/// <summary>
/// The archive's monthly partitions: list, create ahead, detach old ones; the trip table's, created ahead; and both
/// tables' rows of past months moved out of their default partitions.
/// </summary>
public static class EventPartitions
{
    public sealed record Partition(string Name, string Range, long EstimatedRows);

    public static Task<IReadOnlyList<string>> CreateAheadAsync(NpgsqlDataSource dataSource, int monthsAhead, CancellationToken cancellationToken) =>
        CreateAheadAsync(dataSource, "telematics_create_event_partition", monthsAhead, cancellationToken);

    /// <summary>The monthly partitions of <c>telematics_trips</c> (Migrations/0110_trips.sql).</summary>
    public static Task<IReadOnlyList<string>> CreateTripPartitionsAheadAsync(NpgsqlDataSource dataSource, int monthsAhead, CancellationToken cancellationToken) =>
        CreateAheadAsync(dataSource, "telematics_create_trip_partition", monthsAhead, cancellationToken);

    /// <summary>The date before which <see cref="DetachBeforeAsync"/> detaches, keeping <paramref name="monthsKept"/> whole months before the current one.</summary>
    public static DateOnly RetentionCutoff(DateTimeOffset now, int monthsKept) =>
        new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1).AddMonths(-monthsKept);

    /// <summary>
    /// Moves the rows of both tables' default partitions into partitions of their months, created for them
    /// (Migrations/0193_past_month_partitions.sql), so pages prune them and retention detaches them with their month.
    /// </summary>
    /// <returns>The partitions created.</returns>
    public static async Task<IReadOnlyList<string>> MoveDefaultRowsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var created = new List<string>();
        foreach (var (table, key, createPartition) in PartitionedTables)
        {
            await using var command = dataSource.CreateCommand("SELECT telematics_split_default_partition($1::regclass, $2::name, $3::regproc)");
            command.Parameters.AddWithValue(table);
            command.Parameters.AddWithValue(key);
            command.Parameters.AddWithValue(createPartition);
            created.AddRange(await ReadNamesAsync(command, cancellationToken));
        }

        return created;
    }

    private static readonly (string Table, string Key, string CreatePartition)[] PartitionedTables =
    [
        ("telematics_event_batches", "first_event_time", "telematics_create_event_partition"),
        ("telematics_trips", "started_at", "telematics_create_trip_partition"),
    ];

    private static async Task<IReadOnlyList<string>> CreateAheadAsync(NpgsqlDataSource dataSource, string createPartition, int monthsAhead, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT telematics_create_partitions_ahead($1::regproc, $2)");
        command.Parameters.AddWithValue(createPartition);
        command.Parameters.AddWithValue(monthsAhead);
        return await ReadNamesAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<string>> ReadNamesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
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
