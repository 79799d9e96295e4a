using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Telematics.Silo.Postgres;
using Telematics.Telemetry;

namespace Telematics.Benchmarks.Archive;

/// <summary>
/// Durable writes to the event archive on the PostgreSQL server named by <c>ConnectionStrings__Postgres</c> (run it
/// with fsync on, as production does): one INSERT and commit per event (the baseline), against the archive's
/// binary COPY of one row per append with group commit, fed by concurrent appends as trips feed it. Each operation writes <see cref="Events"/> events.
/// </summary>
[MemoryDiagnoser]
public class ArchiveWriteBenchmarks
{
    private const int AppendsInFlight = 100;
    private NpgsqlDataSource _dataSource = null!;
    private PostgresEventArchive _archive = null!;
    private TelematicsEvent[] _events = [];
    private string _server = "";
    private string _database = "";
    private int _round;

    [Params(20_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var server = _server = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
            ?? throw new InvalidOperationException("Set ConnectionStrings__Postgres to a PostgreSQL server (fsync on) to run the archive benchmarks.");
        _database = $"telematics_bench_{Environment.ProcessId}";
        await using (var admin = NpgsqlDataSource.Create(server))
        {
            await admin.CreateCommand($"CREATE DATABASE {_database}").ExecuteNonQueryAsync();
        }

        _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString);
        await new SchemaMigrator(_dataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        _archive = new PostgresEventArchive(_dataSource, Options.Create(new EventArchiveOptions()), ArchiveMetrics.Unregistered(), NullLogger<PostgresEventArchive>.Instance);
        var random = new Random(42);
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        _events = [.. Enumerable.Range(0, Events).Select(i => new TelematicsEvent(
            start.AddSeconds(i), 45.5 + random.NextDouble() / 100, -73.6 + random.NextDouble() / 100, 20 * random.NextDouble(), 360 * random.NextDouble(),
            random.NextDouble() - 0.5, random.NextDouble() - 0.5, 5, true))];
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _archive.DisposeAsync();
        await _dataSource.DisposeAsync();
        await using var admin = NpgsqlDataSource.Create(_server);
        await admin.CreateCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)").ExecuteNonQueryAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task SingleRowInserts()
    {
        var trip = $"INSERT-{_round++}";
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var insert = new NpgsqlCommand(
            "INSERT INTO telematics_event_batches (vehicle_id, trip_id, first_event_time, last_event_time, event_time, latitude, longitude, speed_mps, "
            + "heading_deg, accel_long_mps2, accel_lat_mps2, accuracy_m, ignition, event_id, speed_limit_mps, phone_in_use, attributes) "
            + "VALUES ($1, $2, $3, $3, ARRAY[$3], ARRAY[$4], ARRAY[$5], ARRAY[$6], ARRAY[$7], ARRAY[$8], ARRAY[$9], ARRAY[$10], ARRAY[$11], "
            + "'{NULL}', '{NULL}', '{NULL}', '{NULL}')", connection);
        foreach (var type in new[] { NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.TimestampTz, NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Real, NpgsqlDbType.Real, NpgsqlDbType.Real, NpgsqlDbType.Real, NpgsqlDbType.Real, NpgsqlDbType.Boolean })
        {
            insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type });
        }

        await insert.PrepareAsync();
        foreach (var e in _events)
        {
            object[] values = ["VEH-BENCH", trip, e.Timestamp, e.Latitude, e.Longitude, (float)e.SpeedMps, (float)e.HeadingDeg, (float)e.AccelLongMps2, (float)e.AccelLatMps2, (float)e.AccuracyM!, e.Ignition!];
            for (var i = 0; i < values.Length; i++)
            {
                insert.Parameters[i].Value = values[i];
            }

            await insert.ExecuteNonQueryAsync();
        }
    }

    [Benchmark]
    public Task CopyWithGroupCommit()
    {
        var trip = $"COPY-{_round++}";
        var perAppend = Events / AppendsInFlight;
        return Task.WhenAll(Enumerable.Range(0, AppendsInFlight)
            .Select(a => _archive.AppendAsync($"{trip}-{a}", $"VEH-BENCH-{a}", new ArraySegment<TelematicsEvent>(_events, a * perAppend, perAppend))));
    }
}
