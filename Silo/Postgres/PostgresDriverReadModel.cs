using Npgsql;
using Telematics.Portfolio;
using Telematics.Risk;

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

    /// <summary>
    /// The SQL each sort orders by, ties broken by driver id; every one has an index on (it, driver_id) (migration 0120).
    /// Names sort in the "C" collation, as the in-memory model sorts them ordinally; driver_id is a "C" column.
    /// </summary>
    private static readonly Dictionary<string, string> SortColumns = new()
    {
        ["driverId"] = "driver_id",
        ["name"] = "name COLLATE \"C\"",
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

    /// <summary>
    /// The page by keyset (after the cursor, on the sort's index) and a count that stops at <see cref="DriverPage.CountLimit"/>.
    /// Only the predicates the query has are written, so each shape of query gets a plan that uses its indexes.
    /// </summary>
    public async Task<DriverPage> QueryAsync(DriverQuery query, CancellationToken cancellationToken = default)
    {
        var sort = SortColumns.GetValueOrDefault(query.SortBy, "driver_id");
        var direction = query.Descending ? "DESC" : "ASC";
        var order = sort == "driver_id" ? $"driver_id {direction}" : $"{sort} {direction}, driver_id {direction}";
        await using var batch = _dataSource.CreateBatch();
        var page = new NpgsqlBatchCommand();
        var where = Where(page.Parameters, query.Filter, query.Search);
        if (query.After is { } after)
        {
            var comparison = query.Descending ? "<" : ">";
            var id = Parameter(page.Parameters, after.DriverId);
            where.Add(sort == "driver_id" ? $"driver_id {comparison} {id}" : $"({sort}, driver_id) {comparison} ({Parameter(page.Parameters, after.Key)}, {id})");
        }

        page.CommandText = $"SELECT {Columns} FROM drivers {WhereSql(where)} ORDER BY {order} "
            + $"LIMIT {Parameter(page.Parameters, query.PageSize + 1)} OFFSET {Parameter(page.Parameters, (query.Page - 1) * query.PageSize)}";
        var count = new NpgsqlBatchCommand();
        count.CommandText = $"SELECT count(*) FROM (SELECT FROM drivers {WhereSql(Where(count.Parameters, query.Filter, query.Search))} LIMIT {DriverPage.CountLimit + 1}) AS matching";
        batch.BatchCommands.Add(page);
        batch.BatchCommands.Add(count);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DriverSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DriverSummary(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetString(5),
                reader.GetDouble(6), reader.GetString(7), reader.GetDecimal(8), reader.GetDecimal(9), reader.GetDouble(10), reader.GetFieldValue<DateTimeOffset>(11)));
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return DriverPage.Of(query, rows, reader.GetInt64(0));
    }

    /// <summary>The cells the drivers table's triggers keep (migration 0190), a few rows per slot, summed over the slots.</summary>
    public async Task<PortfolioStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT score_band, category, sum(drivers), sum(trips), sum(total_miles), sum(score_sum), sum(frequency_sum), "
            + "sum(traditional_premium), sum(telematics_premium), sum(discount_pct_sum) FROM portfolio_totals GROUP BY score_band, category");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cells = new List<PortfolioCell>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(new PortfolioCell(reader.GetInt16(0), reader.GetString(1), (long)reader.GetDecimal(2), (long)reader.GetDecimal(3), reader.GetDouble(4),
                reader.GetDouble(5), reader.GetDouble(6), reader.GetDecimal(7), reader.GetDecimal(8), reader.GetDouble(9)));
        }

        return PortfolioStatistics.Of(cells);
    }

    public async Task<IReadOnlyList<DailyTrips>> GetTripsPerDayAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT day, sum(trips) FROM portfolio_trips_by_day WHERE day BETWEEN $1 AND $2 GROUP BY day");
        command.Parameters.AddWithValue(from);
        command.Parameters.AddWithValue(to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counted = new Dictionary<DateOnly, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counted[reader.GetFieldValue<DateOnly>(0)] = (long)reader.GetDecimal(1);
        }

        return DailyTrips.Series(from, to, counted);
    }

    /// <summary>Keyset on the primary key: driver_id is a "C" column, so the comparison and the order use its index.</summary>
    public async Task<IReadOnlyList<string>> ListDriverIdsAsync(string? afterDriverId, int count, DriverFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand();
        var where = Where(command.Parameters, filter, search: null);
        if (afterDriverId is not null)
        {
            where.Add($"driver_id > {Parameter(command.Parameters, afterDriverId)}");
        }

        command.CommandText = $"SELECT driver_id FROM drivers {WhereSql(where)} ORDER BY driver_id LIMIT {Parameter(command.Parameters, count)}";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>An exact count: a rescoring job takes it once, for its progress.</summary>
    public async Task<long> CountAsync(DriverFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM drivers {WhereSql(Where(command.Parameters, filter, search: null))}";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// The filter's predicates on parameters added to <paramref name="parameters"/>. The category is compared as stored
    /// (the risk category's name), so the category index serves it; a search is a substring of the id or the name, its
    /// LIKE wildcards escaped, which the trigram index serves, or when too short for a trigram a prefix of either, which
    /// their lower-case b-tree indexes serve (<see cref="DriverQuery.Matches"/>).
    /// </summary>
    private static List<string> Where(NpgsqlParameterCollection parameters, DriverFilter? filter, string? search)
    {
        var where = new List<string>();
        if (filter?.Category is { } category)
        {
            where.Add($"category = {Parameter(parameters, StoredCategory(category))}");
        }

        if (filter?.MinScore is { } min)
        {
            where.Add($"score >= {Parameter(parameters, min)}");
        }

        if (filter?.MaxScore is { } max)
        {
            where.Add($"score <= {Parameter(parameters, max)}");
        }

        if (search is not null)
        {
            var escaped = search.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
            if (search.Length < DriverQuery.SubstringSearchMinLength)
            {
                var prefix = Parameter(parameters, $"{escaped.ToLowerInvariant()}%");
                where.Add($"(lower(driver_id) LIKE {prefix} OR lower(name) LIKE {prefix})");
            }
            else
            {
                var pattern = Parameter(parameters, $"%{escaped}%");
                where.Add($"(driver_id ILIKE {pattern} OR name ILIKE {pattern})");
            }
        }

        return where;
    }

    private static string WhereSql(List<string> where) => where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);

    /// <summary>The category as the read model stores it, matched case-insensitively as <see cref="DriverFilter.Matches"/> does.</summary>
    private static string StoredCategory(string category) =>
        Enum.GetNames<RiskCategory>().FirstOrDefault(name => name.Equals(category, StringComparison.OrdinalIgnoreCase)) ?? category;

    private static string Parameter(NpgsqlParameterCollection parameters, object value)
    {
        parameters.Add(new NpgsqlParameter { Value = value });
        return $"${parameters.Count}";
    }

    private static T[] Column<T>(IReadOnlyCollection<DriverSummary> drivers, Func<DriverSummary, T> value) => drivers.Select(value).ToArray();
}
