using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using Telematics.Insurance;
using Telematics.Silo.Postgres;

namespace Telematics.Benchmarks.Insurance;

/// <summary>
/// Latency of the policies store's queries and of the premium append a repricing makes, over a <c>policies</c> table
/// loaded by binary COPY if it holds fewer rows (one policy per driver: 80 % active, 15 % renewed, 5 % cancelled, terms
/// starting over three years). Usage:
/// <c>ConnectionStrings__Postgres=… dotnet run -c Release --project bench/Telematics.Benchmarks -- policy-queries [policies] [calls]</c>.
/// </summary>
public static class PolicyQueryHarness
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>"Now" for the status filter: a year and a half into the terms, so some active policies have expired.</summary>
    private static readonly DateTimeOffset AsOf = Start.AddMonths(30);

    public static async Task RunAsync(int policies, int calls)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
            ?? throw new InvalidOperationException("Set ConnectionStrings__Postgres to the PostgreSQL server to measure on.");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        await LoadAsync(dataSource, policies);
        IPolicyStore store = new PostgresPolicyStore(dataSource);
        await LatencyTable.PrintAsync(await QueriesAsync(store, policies), store, calls);
    }

    private static async Task<List<(string Name, Func<IPolicyStore, Task<int>> Run)>> QueriesAsync(IPolicyStore store, int policies)
    {
        var queries = new List<(string, Func<IPolicyStore, Task<int>>)>();
        void Page(string name, PolicyQuery query) => queries.Add((name, async s => (await s.QueryAsync(query)).Items.Count));

        foreach (var sortBy in PolicyQuery.SortableFields)
        {
            foreach (var descending in new[] { false, true })
            {
                var first = new PolicyQuery(AsOf, SortBy: sortBy, Descending: descending);
                Page($"list, sortBy={sortBy}{(descending ? " desc" : "")}, first page", first);
                var deep = first with { PageSize = 500 };
                for (var i = 0; i < 20; i++)
                {
                    deep = deep with { After = PolicyCursor.Decode((await store.QueryAsync(deep)).Next!) };
                }

                Page($"list, sortBy={sortBy}{(descending ? " desc" : "")}, after row 10,000 (keyset)", first with { After = deep.After });
            }
        }

        var driver = $"DRV-{policies / 2:D7}";
        Page($"filter driverId={driver}", new PolicyQuery(AsOf, DriverId: driver));
        Page("filter status=Cancelled", new PolicyQuery(AsOf, Status: PolicyStatus.Cancelled));
        Page("filter status=Expired", new PolicyQuery(AsOf, Status: PolicyStatus.Expired));
        Page("filter status=Active, sortBy=telematicsPremium desc", new PolicyQuery(AsOf, Status: PolicyStatus.Active, SortBy: "telematicsPremium", Descending: true));
        Page("filter status=Cancelled, sortBy=telematicsPremium desc", new PolicyQuery(AsOf, Status: PolicyStatus.Cancelled, SortBy: "telematicsPremium", Descending: true));
        Page("filter termStart in one month, sortBy=termStart", new PolicyQuery(AsOf, TermStartFrom: Start.AddMonths(12), TermStartBefore: Start.AddMonths(13), SortBy: "termStart"));
        Page("filter termStart in one month, sortBy=number", new PolicyQuery(AsOf, TermStartFrom: Start.AddMonths(12), TermStartBefore: Start.AddMonths(13)));
        queries.Add(("get one policy", async s => await s.GetAsync($"POL-{policies / 3:D7}") is null ? 0 : 1));
        queries.Add(("premium history of one policy (20)", async s => (await s.PremiumHistoryAsync($"POL-{policies / 3:D7}", 20)).Count));
        var random = new Random(25);
        queries.Add(("record a premium change (a repricing's append)", async s =>
            await s.RecordPremiumAsync($"DRV-{random.Next(policies):D7}", new PremiumChange(AsOf.AddMonths(-12), 512.34m, 600m, 14.6, "bench", "trip bench")) ? 1 : 0));
        return queries;
    }

    private static async Task LoadAsync(NpgsqlDataSource dataSource, int policies)
    {
        await using (var count = dataSource.CreateCommand("SELECT count(*) FROM policies"))
        {
            if ((long)(await count.ExecuteScalarAsync())! >= policies)
            {
                return;
            }
        }

        var timer = Stopwatch.StartNew();
        await using (var truncate = dataSource.CreateCommand("TRUNCATE policies, policy_premiums"))
        {
            await truncate.ExecuteNonQueryAsync();
        }

        var random = new Random(24);
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY policies (number, driver_id, vehicle_ids, term_start, term_end, status, traditional_premium, telematics_premium, issued_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var n = 0; n < policies; n++)
            {
                var termStart = Start.AddSeconds(random.Next(0, 3 * 365 * 86_400));
                var traditional = Math.Round(600m + (decimal)random.NextDouble() * 1_400m, 2);
                var roll = random.Next(100);
                await writer.StartRowAsync();
                await writer.WriteAsync($"POL-{n:D7}", NpgsqlDbType.Text);
                await writer.WriteAsync($"DRV-{n:D7}", NpgsqlDbType.Text);
                await writer.WriteAsync(new[] { $"VEH-{n:D7}" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(termStart, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(termStart.AddYears(1), NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(roll < 80 ? "Active" : roll < 95 ? "Renewed" : "Cancelled", NpgsqlDbType.Text);
                await writer.WriteAsync(traditional, NpgsqlDbType.Numeric);
                await writer.WriteAsync(Math.Round(traditional * (decimal)(0.55 + random.NextDouble() * 0.55), 2), NpgsqlDbType.Numeric);
                await writer.WriteAsync(termStart.AddDays(-7), NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        await using (var analyze = dataSource.CreateCommand("VACUUM (ANALYZE) policies"))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"Loaded {policies:N0} policies by binary COPY and vacuumed in {timer.Elapsed.TotalSeconds:F1} s");
    }
}
