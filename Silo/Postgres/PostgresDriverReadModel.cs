using Npgsql;
using Telematics.Portfolio;

namespace Telematics.Silo.Postgres;

/// <summary>The drivers read model in the <c>drivers</c> table, shared by every silo and API node.</summary>
/// <remarks>
/// Upserts are group-committed: every driver's update after a trip is its own call, and committing each alone cost a
/// commit per trip; concurrent calls now share one statement.
/// </remarks>
public sealed class PostgresDriverReadModel : IDriverReadModel, IAsyncDisposable
{
    /// <summary>Rows one upsert statement takes at most (a rescoring page is at most 5,000 drivers).</summary>
    private const int MaxRowsPerCommit = 5_000;

    private const string Columns =
        "driver_id, name, trip_count, total_miles, score, category, expected_claim_frequency, model_version, traditional_premium, telematics_premium, discount_pct, updated_at";

    /// <summary>The <see cref="DriverFilter"/> as SQL on parameters $1–$3 (see <see cref="AddFilter"/>).</summary>
    private const string FilterSql =
        "($1::text IS NULL OR lower(category) = lower($1)) AND ($2::float8 IS NULL OR score >= $2) AND ($3::float8 IS NULL OR score <= $3)";

    private static readonly Dictionary<string, string> SortColumns = new()
    {
        ["driverId"] = "driver_id",
        ["name"] = "name",
        ["score"] = "score",
        ["tripCount"] = "trip_count",
        ["totalMiles"] = "total_miles",
        ["telematicsPremium"] = "telematics_premium",
        ["discountPct"] = "discount_pct",
        ["updatedAt"] = "updated_at",
    };

    private readonly NpgsqlDataSource _dataSource;
    private readonly GroupCommit<IReadOnlyCollection<DriverSummary>> _upserts;

    public PostgresDriverReadModel(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        _upserts = new GroupCommit<IReadOnlyCollection<DriverSummary>>(UpsertGroupAsync, d => d.Count, MaxRowsPerCommit, writers: 2, (_, ex) => ex);
    }

    public Task UpsertAsync(IReadOnlyCollection<DriverSummary> drivers, CancellationToken cancellationToken = default) =>
        drivers.Count == 0 ? Task.CompletedTask : _upserts.SubmitAsync(drivers, cancellationToken);

    public ValueTask DisposeAsync() => _upserts.DisposeAsync();

    /// <summary>
    /// One statement for the whole group: the rows travel as one array per column. A driver updated twice in a group
    /// goes in once, with its latest update: one statement may not update a row twice.
    /// </summary>
    private async Task UpsertGroupAsync(IReadOnlyList<IReadOnlyCollection<DriverSummary>> group)
    {
        var drivers = group.SelectMany(d => d).GroupBy(d => d.DriverId).Select(d => d.MaxBy(u => u.UpdatedAt)!).ToList();
        // A late, older update never overwrites a newer one: streams do not promise order across silos.
        await using var command = _dataSource.CreateCommand(
            $"""
            INSERT INTO drivers ({Columns})
            SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::float8[], $5::float8[], $6::text[], $7::float8[], $8::text[],
                                 $9::numeric[], $10::numeric[], $11::float8[], $12::timestamptz[])
            ON CONFLICT (driver_id) DO UPDATE SET
                name = excluded.name, trip_count = excluded.trip_count, total_miles = excluded.total_miles, score = excluded.score,
                category = excluded.category, expected_claim_frequency = excluded.expected_claim_frequency, model_version = excluded.model_version,
                traditional_premium = excluded.traditional_premium, telematics_premium = excluded.telematics_premium,
                discount_pct = excluded.discount_pct, updated_at = excluded.updated_at
            WHERE drivers.updated_at <= excluded.updated_at
            """);
        foreach (var column in new Array[]
        {
            Column(drivers, d => d.DriverId), Column(drivers, d => d.Name), Column(drivers, d => d.TripCount), Column(drivers, d => d.TotalMiles),
            Column(drivers, d => d.Score), Column(drivers, d => d.Category), Column(drivers, d => d.ExpectedClaimFrequency), Column(drivers, d => d.ModelVersion),
            Column(drivers, d => d.TraditionalPremium), Column(drivers, d => d.TelematicsPremium), Column(drivers, d => d.DiscountPct), Column(drivers, d => d.UpdatedAt),
        })
        {
            command.Parameters.AddWithValue(column);
        }

        await command.ExecuteNonQueryAsync();
    }

    public async Task<DriverPage> QueryAsync(DriverQuery query, CancellationToken cancellationToken = default)
    {
        var sort = SortColumns.GetValueOrDefault(query.SortBy, "driver_id");
        const string Filter = FilterSql + " AND ($4::text IS NULL OR driver_id ILIKE '%' || $4 || '%' OR name ILIKE '%' || $4 || '%')";
        await using var batch = _dataSource.CreateBatch();
        var page = new NpgsqlBatchCommand($"SELECT {Columns} FROM drivers WHERE {Filter} ORDER BY {sort} {(query.Descending ? "DESC" : "ASC")}, driver_id LIMIT $5 OFFSET $6");
        var total = new NpgsqlBatchCommand($"SELECT count(*) FROM drivers WHERE {Filter}");
        foreach (var command in new[] { page, total })
        {
            AddFilter(command.Parameters, query.Filter);
            command.Parameters.Add(Nullable(query.Search, NpgsqlTypes.NpgsqlDbType.Text));
        }

        page.Parameters.AddWithValue(query.PageSize);
        page.Parameters.AddWithValue((query.Page - 1) * query.PageSize);
        batch.BatchCommands.Add(page);
        batch.BatchCommands.Add(total);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<DriverSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new DriverSummary(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetString(5),
                reader.GetDouble(6), reader.GetString(7), reader.GetDecimal(8), reader.GetDecimal(9), reader.GetDouble(10), reader.GetFieldValue<DateTimeOffset>(11)));
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new DriverPage(items, query.Page, query.PageSize, reader.GetInt64(0));
    }

    public async Task<PortfolioStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var batch = _dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "SELECT count(*), coalesce(sum(trip_count), 0), coalesce(sum(total_miles), 0), coalesce(avg(score), 0), coalesce(avg(expected_claim_frequency), 0), "
            + "coalesce(sum(traditional_premium), 0), coalesce(sum(telematics_premium), 0) FROM drivers"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT category, count(*) FROM drivers GROUP BY category"));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (drivers, trips, miles, score, frequency, traditional, telematics) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2),
            reader.GetDouble(3), reader.GetDouble(4), reader.GetDecimal(5), reader.GetDecimal(6));
        await reader.NextResultAsync(cancellationToken);
        var byCategory = new Dictionary<string, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            byCategory[reader.GetString(0)] = reader.GetInt64(1);
        }

        return new PortfolioStatistics(drivers, trips, miles, score, frequency, traditional, telematics, byCategory);
    }

    public async Task<IReadOnlyList<string>> ListDriverIdsAsync(string? afterDriverId, int count, DriverFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            $"""SELECT driver_id FROM drivers WHERE {FilterSql} AND ($4::text IS NULL OR driver_id COLLATE "C" > $4) ORDER BY driver_id COLLATE "C" LIMIT $5""");
        AddFilter(command.Parameters, filter);
        command.Parameters.Add(Nullable(afterDriverId, NpgsqlTypes.NpgsqlDbType.Text));
        command.Parameters.AddWithValue(count);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<long> CountAsync(DriverFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT count(*) FROM drivers WHERE {FilterSql}");
        AddFilter(command.Parameters, filter);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static void AddFilter(NpgsqlParameterCollection parameters, DriverFilter? filter)
    {
        parameters.Add(Nullable(filter?.Category, NpgsqlTypes.NpgsqlDbType.Text));
        parameters.Add(Nullable(filter?.MinScore, NpgsqlTypes.NpgsqlDbType.Double));
        parameters.Add(Nullable(filter?.MaxScore, NpgsqlTypes.NpgsqlDbType.Double));
    }

    private static T[] Column<T>(IReadOnlyCollection<DriverSummary> drivers, Func<DriverSummary, T> value) => drivers.Select(value).ToArray();

    private static NpgsqlParameter Nullable(object? value, NpgsqlTypes.NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
