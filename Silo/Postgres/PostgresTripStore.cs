using Npgsql;
using NpgsqlTypes;
using Orleans.Serialization;
using Telematics.Trips;

namespace Telematics.Silo.Postgres;

/// <summary>The trip history in <c>telematics_trips</c> (see Migrations/0110_trips.sql), paged by its primary key.</summary>
public sealed class PostgresTripStore(NpgsqlDataSource dataSource, Serializer serializer) : ITripStore
{
    public async Task AddAsync(IReadOnlyList<TripSummary> trips, CancellationToken cancellationToken = default)
    {
        if (trips.Count == 0)
        {
            return;
        }

        // One statement for any number of trips (a converted driver brings a year of them); a trip stored already stays as it was.
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO telematics_trips (driver_id, started_at, trip_id, vehicle_id, ended_at, distance_m, summary)
            SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::timestamptz[], $6::float8[], $7::bytea[])
            ON CONFLICT DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = trips.Select(t => t.DriverId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = trips.Select(t => t.Features!.StartedAt).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = trips.Select(t => t.TripId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = trips.Select(t => t.VehicleId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = trips.Select(t => t.Features!.EndedAt).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = trips.Select(t => t.Features!.DistanceM).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = trips.Select(t => serializer.SerializeToArray(t)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> ContainsAsync(string driverId, string tripId, DateTimeOffset startedAt, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM telematics_trips WHERE driver_id = $1 AND started_at = $2 AND trip_id = $3)");
        command.Parameters.Add(new NpgsqlParameter { Value = driverId });
        command.Parameters.Add(new NpgsqlParameter { Value = startedAt });
        command.Parameters.Add(new NpgsqlParameter { Value = tripId });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<TripSummary?> FindAsync(string driverId, string tripId, DateTimeOffset startedFrom, DateTimeOffset startedTo, CancellationToken cancellationToken = default)
    {
        // The start-time range keeps the lookup to the primary key's range in the partitions it spans.
        await using var command = dataSource.CreateCommand(
            "SELECT summary FROM telematics_trips WHERE driver_id = $1 AND started_at BETWEEN $2 AND $3 AND trip_id = $4");
        command.Parameters.Add(new NpgsqlParameter { Value = driverId });
        command.Parameters.Add(new NpgsqlParameter { Value = startedFrom });
        command.Parameters.Add(new NpgsqlParameter { Value = startedTo });
        command.Parameters.Add(new NpgsqlParameter { Value = tripId });
        return await command.ExecuteScalarAsync(cancellationToken) is byte[] summary ? serializer.Deserialize<TripSummary>(summary) : null;
    }

    /// <summary>Reads one row past the page to know whether another page follows.</summary>
    public async Task<TripPage> PageAsync(string driverId, TripCursor? before, int limit, CancellationToken cancellationToken = default)
    {
        // The row comparison alone prunes no partition; the bound on started_at leaves out the months after the cursor
        // (17 partitions probed and 60 buffers read for a page half a year back, 8 and 32 with it: bench/results/trip-paging.md).
        await using var command = dataSource.CreateCommand(
            """
            SELECT summary FROM telematics_trips
            WHERE driver_id = $1 AND ($2::timestamptz IS NULL OR (started_at <= $2 AND (started_at, trip_id) < ($2, $3)))
            ORDER BY started_at DESC, trip_id DESC
            LIMIT $4
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = driverId });
        command.Parameters.Add(new NpgsqlParameter { Value = before is null ? DBNull.Value : before.StartedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = before?.TripId ?? "", NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = limit + 1 });
        var trips = new List<TripSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            trips.Add(serializer.Deserialize<TripSummary>(reader.GetFieldValue<byte[]>(0))!);
        }

        return trips.Count > limit
            ? new TripPage(trips.GetRange(0, limit), TripCursor.After(trips[limit - 1]))
            : new TripPage(trips, null);
    }
}
