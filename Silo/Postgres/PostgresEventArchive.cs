using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Telematics.Archive;
using Telematics.Telemetry;

namespace Telematics.Silo.Postgres;

/// <summary>
/// Writes events to <c>telematics_events</c> with binary COPY and group commit: concurrent appends queue up while a
/// commit is in flight and the next commit takes them all, so the cost of a commit is shared by every waiting trip.
/// An append completes only when its events are committed; if the commit fails, every append in it fails.
/// </summary>
public sealed class PostgresEventArchive : IEventArchive, IAsyncDisposable
{
    private const string CopyCommand =
        "COPY telematics_events (vehicle_id, trip_id, event_time, latitude, longitude, speed_mps, heading_deg, accel_long_mps2, "
        + "accel_lat_mps2, accuracy_m, ignition, event_id, speed_limit_mps, phone_in_use, attributes) FROM STDIN (FORMAT BINARY)";

    private readonly NpgsqlDataSource _dataSource;
    private readonly EventArchiveOptions _options;
    private readonly ILogger<PostgresEventArchive> _logger;
    private readonly Channel<PendingAppend> _pending = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Task[] _writers;

    private sealed record PendingAppend(string TripId, string VehicleId, IReadOnlyList<TelematicsEvent> Events, TaskCompletionSource Committed);

    public PostgresEventArchive(NpgsqlDataSource dataSource, IOptions<EventArchiveOptions> options, ILogger<PostgresEventArchive> logger)
    {
        _dataSource = dataSource;
        _options = options.Value;
        _logger = logger;
        _writers = Enumerable.Range(0, Math.Max(1, _options.Writers)).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
    }

    public Task AppendAsync(string tripId, string vehicleId, IReadOnlyList<TelematicsEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return Task.CompletedTask;
        }

        var append = new PendingAppend(tripId, vehicleId, events, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _pending.Writer.TryWrite(append)
            ? append.Committed.Task.WaitAsync(cancellationToken)
            : Task.FromException(new ObjectDisposedException(nameof(PostgresEventArchive)));
    }

    public async Task<IReadOnlyList<TelematicsEvent>> ReadTripAsync(string tripId, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT event_time, latitude, longitude, speed_mps, heading_deg, accel_long_mps2, accel_lat_mps2, accuracy_m, ignition, event_id, "
            + "speed_limit_mps, phone_in_use, attributes FROM telematics_events WHERE trip_id = $1 ORDER BY event_time");
        command.Parameters.AddWithValue(tripId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<TelematicsEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new TelematicsEvent(
                reader.GetFieldValue<DateTimeOffset>(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetFloat(3), reader.GetFloat(4),
                reader.GetFloat(5), reader.GetFloat(6),
                reader.IsDBNull(7) ? null : reader.GetFloat(7),
                reader.IsDBNull(8) ? null : reader.GetBoolean(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetFloat(10),
                reader.IsDBNull(11) ? null : reader.GetBoolean(11),
                reader.IsDBNull(12) ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(12))));
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<PendingAppend>();
        while (await _pending.Reader.WaitToReadAsync())
        {
            group.Clear();
            var events = 0;
            while (events < _options.MaxEventsPerCommit && _pending.Reader.TryRead(out var append))
            {
                group.Add(append);
                events += append.Events.Count;
            }

            if (group.Count == 0)
            {
                continue;
            }

            try
            {
                await CopyAsync(group);
                group.ForEach(a => a.Committed.TrySetResult());
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Archiving {Events} events of {Appends} appends failed; none of them is acknowledged", events, group.Count);
                var unavailable = new EventArchiveUnavailableException(ex.Message);
                group.ForEach(a => a.Committed.TrySetException(unavailable));
            }
        }
    }

    private async Task CopyAsync(List<PendingAppend> group)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(CopyCommand);
        foreach (var append in group)
        {
            foreach (var e in append.Events)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(append.VehicleId, NpgsqlDbType.Text);
                await writer.WriteAsync(append.TripId, NpgsqlDbType.Text);
                await writer.WriteAsync(e.Timestamp, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(e.Latitude, NpgsqlDbType.Double);
                await writer.WriteAsync(e.Longitude, NpgsqlDbType.Double);
                await writer.WriteAsync((float)e.SpeedMps, NpgsqlDbType.Real);
                await writer.WriteAsync((float)e.HeadingDeg, NpgsqlDbType.Real);
                await writer.WriteAsync((float)e.AccelLongMps2, NpgsqlDbType.Real);
                await writer.WriteAsync((float)e.AccelLatMps2, NpgsqlDbType.Real);
                await WriteNullableAsync(writer, (float?)e.AccuracyM, NpgsqlDbType.Real);
                await WriteNullableAsync(writer, e.Ignition, NpgsqlDbType.Boolean);
                await WriteNullableAsync(writer, e.EventId, NpgsqlDbType.Text);
                await WriteNullableAsync(writer, (float?)e.SpeedLimitMps, NpgsqlDbType.Real);
                await WriteNullableAsync(writer, e.PhoneInUse, NpgsqlDbType.Boolean);
                await WriteNullableAsync(writer, e.Attributes is null ? null : JsonSerializer.Serialize(e.Attributes), NpgsqlDbType.Jsonb);
            }
        }

        await writer.CompleteAsync();
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) => value is null
        ? writer.WriteNullAsync()
        : writer.WriteAsync(value, type);
}
