using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using Orleans.Serialization;
using Telematics.Benchmarks.Portfolio;
using Telematics.Silo.Postgres;
using Telematics.Trips;

namespace Telematics.Benchmarks.Trips;

/// <summary>
/// Latency of a driver's trip pages (<see cref="PostgresTripStore.PageAsync"/>, what <c>GET /api/v1/drivers/{id}/trips</c>
/// calls) over a trips table holding a year of trips for <c>drivers</c> drivers, loaded by binary COPY if it holds fewer:
/// each driver's <see cref="YearOfDriving"/> trips, stored as the store stores them. Each page is called <c>calls</c>
/// times after a warm-up, each call for a random driver; p50, p99 and max are printed. With <c>explain</c>, each page
/// is asked once more through <see cref="AutoExplain"/>.
/// Usage: <c>ConnectionStrings__Postgres=… dotnet run -c Release --project bench/Telematics.Benchmarks -- trip-paging [drivers] [calls] [explain]</c>.
/// </summary>
public static class TripPagingHarness
{
    /// <summary>The months the migration and the partition maintenance create ahead of the current one.</summary>
    private const int MonthsAhead = 3;

    public static async Task RunAsync(int drivers, int calls, bool explain)
    {
        // Completed as a silo completes it (statements prepared once used a few times, among others), so each page is
        // planned as the API's is: a prepared statement may go to a generic plan.
        var connectionString = PostgresSiloBuilderExtensions.RequireConnectionString(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        var end = YearEnd();
        await LoadAsync(dataSource, serializer, drivers, end);
        await ReportSizeAsync(dataSource);

        ITripStore store = new PostgresTripStore(dataSource, serializer);
        var random = new Random(7);
        var queries = Pages(end).Select(p => (p.Name, (Func<ITripStore, Task<int>>)(async s =>
            (await s.PageAsync(DriverId(random.Next(drivers)), p.Before, p.Limit)).Items.Count))).ToList();
        await LatencyTable.PrintAsync(queries, store, calls, subject: "page");
        if (explain)
        {
            await AutoExplain.LogAsync(connectionString, source => (ITripStore)new PostgresTripStore(source, serializer), queries);
        }
    }

    /// <summary>The loaded year ends at the start of today (UTC), so a rerun on the same day finds the trips it loaded where the cursors look.</summary>
    public static DateTimeOffset YearEnd() => new(DateTime.UtcNow.Date, TimeSpan.Zero);

    public static string DriverId(int n) => $"DRV-{n:D7}";

    private static string VehicleId(int n) => $"VEH-{n:D7}";

    /// <summary>
    /// The pages a client walks: the first, one from a cursor half a year back, and the last (a cursor two days after
    /// the year's first trip, so fewer trips than a page remain before it). A cursor's trip id only orders trips that
    /// start at its very instant, which none does here, but the API takes a cursor with a well-formed one only.
    /// </summary>
    public static IReadOnlyList<(string Name, TripCursor? Before, int Limit)> Pages(DateTimeOffset end)
    {
        var halfYearBack = new TripCursor(end.AddDays(-182), YearOfDriving.TripId(VehicleId(0), 0));
        var lastPage = new TripCursor(end.AddDays(-363), YearOfDriving.TripId(VehicleId(0), 0));
        return
        [
            ("first page, limit 20", null, 20),
            ("first page, limit 100", null, 100),
            ("page before a cursor 182 days back, limit 20", halfYearBack, 20),
            ("page before a cursor 182 days back, limit 100", halfYearBack, 100),
            ("last page (cursor 363 days back), limit 20", lastPage, 20),
        ];
    }

    private static async Task LoadAsync(NpgsqlDataSource dataSource, Serializer serializer, int drivers, DateTimeOffset end)
    {
        await using (var count = dataSource.CreateCommand("SELECT count(*) FROM telematics_trips"))
        {
            count.CommandTimeout = 0;
            if ((long)(await count.ExecuteScalarAsync())! >= (long)drivers * YearOfDriving.TripsInYear)
            {
                return;
            }
        }

        var timer = Stopwatch.StartNew();
        await using (var truncate = dataSource.CreateCommand("TRUNCATE telematics_trips"))
        {
            await truncate.ExecuteNonQueryAsync();
        }

        await CreateMonthlyPartitionsAsync(dataSource, end.AddDays(-366));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
        long rows = 0, summaryBytes = 0;
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY telematics_trips (driver_id, started_at, trip_id, vehicle_id, ended_at, distance_m, summary) FROM STDIN (FORMAT BINARY)"))
        {
            writer.Timeout = TimeSpan.Zero;
            for (var n = 0; n < drivers; n++)
            {
                var trip = 0;
                foreach (var features in YearOfDriving.Trips(n, end, zone))
                {
                    // As DriverGrain stores a completed trip, and in the columns PostgresTripStore.AddAsync writes.
                    var summary = new TripSummary(YearOfDriving.TripId(VehicleId(n), trip++), VehicleId(n), DriverId(n), TripStatus.Completed,
                        TripEndReason.IgnitionOff, features, features.EventCount);
                    var bytes = serializer.SerializeToArray(summary);
                    await writer.StartRowAsync();
                    await writer.WriteAsync(summary.DriverId, NpgsqlDbType.Text);
                    await writer.WriteAsync(features.StartedAt, NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync(summary.TripId, NpgsqlDbType.Text);
                    await writer.WriteAsync(summary.VehicleId, NpgsqlDbType.Text);
                    await writer.WriteAsync(features.EndedAt, NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync(features.DistanceM, NpgsqlDbType.Double);
                    await writer.WriteAsync(bytes, NpgsqlDbType.Bytea);
                    rows++;
                    summaryBytes += bytes.Length;
                }
            }

            await writer.CompleteAsync();
        }

        var copied = timer.Elapsed;
        await using (var analyze = dataSource.CreateCommand("VACUUM (ANALYZE) telematics_trips"))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"Loaded {rows:N0} trips of {drivers:N0} drivers by binary COPY in {copied.TotalSeconds:F1} s ({rows / copied.TotalSeconds:N0} rows/s), " +
            $"vacuumed in {(timer.Elapsed - copied).TotalSeconds:F1} s; summaries {summaryBytes / (double)rows:F1} bytes on average");
    }

    /// <summary>
    /// The monthly partitions from <paramref name="from"/>'s month on. The migration and the daily maintenance create
    /// them from the current month ahead, so a system that has run for a year has had each past month's made before it
    /// began; without them a year loaded now would all land in the default partition.
    /// </summary>
    private static async Task CreateMonthlyPartitionsAsync(NpgsqlDataSource dataSource, DateTimeOffset from)
    {
        var today = DateTime.UtcNow;
        for (var month = new DateTime(from.Year, from.Month, 1, 0, 0, 0, DateTimeKind.Utc); month < new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc); month = month.AddMonths(1))
        {
            await using var create = dataSource.CreateCommand(
                $"CREATE TABLE IF NOT EXISTS telematics_trips_{month:yyyy_MM} PARTITION OF telematics_trips FOR VALUES FROM ('{month:yyyy-MM-dd}Z') TO ('{month.AddMonths(1):yyyy-MM-dd}Z')");
            await create.ExecuteNonQueryAsync();
        }

        await EventPartitions.CreateTripPartitionsAheadAsync(dataSource, MonthsAhead, CancellationToken.None);
    }

    /// <summary>Rows and bytes per partition (heap with its TOAST, and the primary key), and their sum.</summary>
    private static async Task ReportSizeAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT coalesce(c.relname, 'all partitions'), sum(greatest(c.reltuples, 0))::bigint,
                   sum(pg_table_size(c.oid))::bigint, sum(pg_indexes_size(c.oid))::bigint, sum(pg_total_relation_size(c.oid))::bigint
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'telematics_trips'::regclass
            GROUP BY ROLLUP (c.relname)
            ORDER BY c.relname NULLS LAST
            """);
        Console.WriteLine("| partition | rows (estimated) | table MiB | index MiB | total MiB |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine($"| {reader.GetString(0)} | {reader.GetInt64(1):N0} | {MiB(reader.GetInt64(2))} | {MiB(reader.GetInt64(3))} | {MiB(reader.GetInt64(4))} |");
        }
    }

    private static string MiB(long bytes) => $"{bytes / 1024.0 / 1024.0:N1}";
}
