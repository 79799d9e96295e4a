using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Telematics.Archive;
using Telematics.Diagnostics;
using Telematics.Telemetry;

namespace Telematics.Silo.Postgres;

/// <summary>
/// Archives each trip's append as one row of <c>telematics_event_batches</c> (one array per column), written with binary
/// COPY in group commits (<see cref="GroupCommit{T}"/>), so the cost of a commit is shared by every waiting trip and the
/// cost of a row by every event of the append. An append completes only when its events are committed; if the commit
/// fails, every append in it fails. Reads go through the <c>telematics_events</c> view, one row per event.
/// </summary>
public sealed class PostgresEventArchive : IEventArchive, IAsyncDisposable
{
    private const string CopyCommand =
        "COPY telematics_event_batches (vehicle_id, trip_id, first_event_time, last_event_time, event_time, latitude, longitude, speed_mps, "
        + "heading_deg, accel_long_mps2, accel_lat_mps2, accuracy_m, ignition, event_id, speed_limit_mps, phone_in_use, attributes) FROM STDIN (FORMAT BINARY)";

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<PostgresEventArchive> _logger;
    private readonly ArchiveMetrics _metrics;
    private readonly GroupCommit<TripEvents> _commits;

    /// <param name="Caller">The span of the append, which the commit that carries it links to: a commit serves many traces.</param>
    private sealed record TripEvents(string TripId, string VehicleId, IReadOnlyList<TelematicsEvent> Events, ActivityContext Caller);

    public PostgresEventArchive(NpgsqlDataSource dataSource, IOptions<EventArchiveOptions> options, ArchiveMetrics metrics, ILogger<PostgresEventArchive> logger)
    {
        _dataSource = dataSource;
        _logger = logger;
        _metrics = metrics;
        _commits = new GroupCommit<TripEvents>(CommitAsync, a => a.Events.Count, options.Value.MaxEventsPerCommit, options.Value.Writers, Unavailable);
    }

    public async Task AppendAsync(string tripId, string vehicleId, IReadOnlyList<TelematicsEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return;
        }

        using var span = TelematicsTracing.Source.StartActivity("archive append");
        span?.SetTag("telematics.trip_id", tripId);
        span?.SetTag("telematics.events", events.Count);
        await _commits.SubmitAsync(new TripEvents(tripId, vehicleId, events, span?.Context ?? default), cancellationToken);
    }

    /// <remarks>A failed read is <see cref="EventArchiveUnavailableException"/>: the trip reloads before it archives anything, so nothing was stored.</remarks>
    public async Task<IReadOnlyList<TelematicsEvent>> ReadTripAsync(string tripId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ReadAsync(tripId, cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            _logger.LogWarning(ex, "Reading the archived events of trip {TripId} failed", tripId);
            throw new EventArchiveUnavailableException(ex.Message);
        }
    }

    private async Task<IReadOnlyList<TelematicsEvent>> ReadAsync(string tripId, CancellationToken cancellationToken)
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

    public ValueTask DisposeAsync() => _commits.DisposeAsync();

    private Exception Unavailable(IReadOnlyList<TripEvents> group, Exception ex)
    {
        _logger.LogError(ex, "Archiving {Events} events of {Appends} appends failed; none of them is acknowledged", group.Sum(a => a.Events.Count), group.Count);
        return new EventArchiveUnavailableException(ex.Message);
    }

    /// <summary>One group commit, in a span of its own linked to the appends it carries, and measured.</summary>
    private async Task CommitAsync(IReadOnlyList<TripEvents> group)
    {
        var links = group.Where(a => a.Caller != default).Select(a => new ActivityLink(a.Caller));
        using var span = TelematicsTracing.Source.StartActivity("archive commit", ActivityKind.Internal, parentContext: default, links: links);
        var events = group.Sum(a => a.Events.Count);
        span?.SetTag("telematics.appends", group.Count);
        span?.SetTag("telematics.events", events);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await CopyAsync(group);
            _metrics.Committed(events, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception ex)
        {
            _metrics.Failed(events, Stopwatch.GetElapsedTime(started));
            span?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }

    private async Task CopyAsync(IReadOnlyList<TripEvents> group)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(CopyCommand);
        foreach (var append in group)
        {
            var events = append.Events;
            await writer.StartRowAsync();
            await writer.WriteAsync(append.VehicleId, NpgsqlDbType.Text);
            await writer.WriteAsync(append.TripId, NpgsqlDbType.Text);
            await writer.WriteAsync(events.Min(e => e.Timestamp), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(events.Max(e => e.Timestamp), NpgsqlDbType.TimestampTz);
            await WriteColumnAsync(writer, events, e => e.Timestamp, NpgsqlDbType.TimestampTz);
            await WriteColumnAsync(writer, events, e => e.Latitude, NpgsqlDbType.Double);
            await WriteColumnAsync(writer, events, e => e.Longitude, NpgsqlDbType.Double);
            await WriteColumnAsync(writer, events, e => (float)e.SpeedMps, NpgsqlDbType.Real);
            await WriteColumnAsync(writer, events, e => (float)e.HeadingDeg, NpgsqlDbType.Real);
            await WriteColumnAsync(writer, events, e => (float)e.AccelLongMps2, NpgsqlDbType.Real);
            await WriteColumnAsync(writer, events, e => (float)e.AccelLatMps2, NpgsqlDbType.Real);
            await WriteColumnAsync(writer, events, e => (float?)e.AccuracyM, NpgsqlDbType.Real);
            await WriteColumnAsync(writer, events, e => e.Ignition, NpgsqlDbType.Boolean);
            await WriteColumnAsync(writer, events, e => e.EventId, NpgsqlDbType.Text);
            await WriteColumnAsync(writer, events, e => (float?)e.SpeedLimitMps, NpgsqlDbType.Real);
            await WriteColumnAsync(writer, events, e => e.PhoneInUse, NpgsqlDbType.Boolean);
            await WriteColumnAsync(writer, events, e => e.Attributes is null ? null : JsonSerializer.Serialize(e.Attributes), NpgsqlDbType.Jsonb);
        }

        await writer.CompleteAsync();
    }

    /// <summary>One field of every event of an append, as one array (its elements may be null).</summary>
    private static Task WriteColumnAsync<T>(NpgsqlBinaryImporter writer, IReadOnlyList<TelematicsEvent> events, Func<TelematicsEvent, T> field, NpgsqlDbType elementType) =>
        writer.WriteAsync(events.Select(field).ToArray(), NpgsqlDbType.Array | elementType);
}
