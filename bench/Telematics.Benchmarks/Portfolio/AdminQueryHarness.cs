extern alias api;

using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using api::Telematics.Api.Admin;
using Telematics.Portfolio;
using Telematics.Silo.Postgres;

namespace Telematics.Benchmarks.Portfolio;

/// <summary>
/// Latency of every admin query of the PostgreSQL read model over a portfolio of <c>drivers</c> rows, loaded by binary
/// COPY if the table holds fewer. Each query is called <c>calls</c> times after a warm-up; p50, p99 and max are printed.
/// With <c>explain</c>, each query runs once more through <see cref="AutoExplain"/>, so the server logs its EXPLAIN
/// (ANALYZE, BUFFERS).
/// Usage: <c>ConnectionStrings__Postgres=… dotnet run -c Release --project bench/Telematics.Benchmarks -- admin-queries [drivers] [calls] [explain]</c>.
/// </summary>
public static class AdminQueryHarness
{
    private static readonly string[] FirstNames = ["Amara", "Bruno", "Chloé", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kwame", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq"];

    private static readonly string[] LastNames = ["Okafor", "Smith", "Tremblay", "Nguyen", "Kowalski", "Haddad", "Fischer", "Rossi", "Silva", "Kim", "Dubois", "Novak", "Larsen", "Ivanova", "Mensah", "Garcia", "Sato", "Murphy", "Cohen", "Patel"];

    public static async Task RunAsync(int drivers, int calls, bool explain)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
            ?? throw new InvalidOperationException("Set ConnectionStrings__Postgres to the PostgreSQL server to measure on.");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        await LoadAsync(dataSource, drivers);

        await using var readModel = new PostgresDriverReadModel(dataSource);
        var queries = await QueriesAsync(readModel);
        await LatencyTable.PrintAsync(queries, (IDriverReadModel)readModel, calls);

        if (explain)
        {
            await AutoExplain.LogAsync(connectionString, source => (IDriverReadModel)new PostgresDriverReadModel(source), queries);
        }
    }

    /// <summary>The admin queries, each named as the results file shows it, answering how many rows it returned.</summary>
    private static async Task<List<(string Name, Func<IDriverReadModel, Task<int>> Run)>> QueriesAsync(IDriverReadModel readModel)
    {
        var queries = new List<(string, Func<IDriverReadModel, Task<int>>)>();
        void Page(string name, DriverQuery query) => queries.Add((name, async m => (await m.QueryAsync(query)).Items.Count));

        foreach (var sortBy in DriverQuery.SortableFields)
        {
            foreach (var descending in new[] { false, true })
            {
                var first = new DriverQuery(SortBy: sortBy, Descending: descending);
                Page($"list, sortBy={sortBy}{(descending ? " desc" : "")}, first page", first);
                // The last offset page the API allows, and a keyset page ten times deeper (after the row a walk of
                // cursors would have reached).
                var deepest = first with { Page = PortfolioApi.MaxOffsetRows / first.PageSize + 1 };
                Page($"list, sortBy={sortBy}{(descending ? " desc" : "")}, page {deepest.Page} (offset {PortfolioApi.MaxOffsetRows:N0})", deepest);
                var deep = await readModel.QueryAsync(first with { PageSize = 500, Page = 20 });
                Page($"list, sortBy={sortBy}{(descending ? " desc" : "")}, after row 10,000 (keyset)", first with { After = DriverCursor.Decode(deep.Next!) });
            }
        }

        Page("filter category=VeryHigh", new DriverQuery(Category: "VeryHigh"));
        Page("filter category=high, sortBy=score desc", new DriverQuery(Category: "high", SortBy: "score", Descending: true));
        Page("filter category=Low, sortBy=name", new DriverQuery(Category: "Low", SortBy: "name"));
        Page("filter minScore=95, sortBy=score desc", new DriverQuery(MinScore: 95, SortBy: "score", Descending: true));
        Page("filter minScore=40 maxScore=41, sortBy=telematicsPremium", new DriverQuery(MinScore: 40, MaxScore: 41, SortBy: "telematicsPremium"));
        Page("search=okafor (name)", new DriverQuery(Search: "okafor"));
        Page("search=Amara Okafor, sortBy=score desc", new DriverQuery(Search: "Amara Okafor", SortBy: "score", Descending: true));
        Page("search=DRV-00421 (id)", new DriverQuery(Search: "DRV-00421"));
        Page("search=0042137 (one id)", new DriverQuery(Search: "0042137"));
        Page("search=zz (no trigram)", new DriverQuery(Search: "zz"));
        queries.Add(("count, all (rescoring job)", async m => (int)await m.CountAsync()));
        queries.Add(("count, category=VeryHigh (rescoring job)", async m => (int)await m.CountAsync(new DriverFilter("VeryHigh"))));
        queries.Add(("rescoring keyset page of 4,000, all", async m => (await m.ListDriverIdsAsync("DRV-0500000", 4_000)).Count));
        queries.Add(("rescoring keyset page of 4,000, category=High", async m => (await m.ListDriverIdsAsync("DRV-0500000", 4_000, new DriverFilter("High"))).Count));
        queries.Add(("dashboard statistics", async m => (int)(await m.GetStatisticsAsync()).Drivers));
        queries.Add(("dashboard trips per day, 30 days", async m => (await m.GetTripsPerDayAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 30))).Count));
        return queries;
    }

    private static async Task LoadAsync(NpgsqlDataSource dataSource, int drivers)
    {
        await using (var count = dataSource.CreateCommand("SELECT count(*) FROM drivers"))
        {
            if ((long)(await count.ExecuteScalarAsync())! >= drivers)
            {
                return;
            }
        }

        var timer = Stopwatch.StartNew();
        await using (var truncate = dataSource.CreateCommand("TRUNCATE drivers"))
        {
            await truncate.ExecuteNonQueryAsync();
        }

        var random = new Random(24);
        var categories = new[] { "Low", "Moderate", "High", "VeryHigh" };
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY drivers (driver_id, name, trip_count, total_miles, score, category, expected_claim_frequency, model_version, traditional_premium, telematics_premium, discount_pct, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var n = 0; n < drivers; n++)
            {
                var score = Math.Round(random.NextDouble() * 100, 2);
                var traditional = Math.Round(600m + (decimal)random.NextDouble() * 1_400m, 2);
                var discount = Math.Round(random.NextDouble() * 45 - 10, 2);
                await writer.StartRowAsync();
                await writer.WriteAsync($"DRV-{n:D7}", NpgsqlDbType.Text);
                await writer.WriteAsync($"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}", NpgsqlDbType.Text);
                await writer.WriteAsync(random.Next(0, 1_100), NpgsqlDbType.Integer);
                await writer.WriteAsync(Math.Round(random.NextDouble() * 15_000, 1), NpgsqlDbType.Double);
                await writer.WriteAsync(score, NpgsqlDbType.Double);
                await writer.WriteAsync(categories[score switch { < 40 => 0, < 75 => 1, < 95 => 2, _ => 3 }], NpgsqlDbType.Text);
                await writer.WriteAsync(0.02 + score / 1_000, NpgsqlDbType.Double);
                await writer.WriteAsync("20261202-0112-e4f302dd", NpgsqlDbType.Text);
                await writer.WriteAsync(traditional, NpgsqlDbType.Numeric);
                await writer.WriteAsync(Math.Round(traditional * (1 - (decimal)discount / 100), 2), NpgsqlDbType.Numeric);
                await writer.WriteAsync(discount, NpgsqlDbType.Double);
                await writer.WriteAsync(start.AddSeconds(random.Next(0, 28_000_000)), NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        await using (var analyze = dataSource.CreateCommand("VACUUM (ANALYZE) drivers"))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"Loaded {drivers:N0} drivers by binary COPY and vacuumed in {timer.Elapsed.TotalSeconds:F1} s");
    }
}
