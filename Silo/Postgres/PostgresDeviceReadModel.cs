using Npgsql;
using Telematics.Devices;

namespace Telematics.Silo.Postgres;

/// <summary>The devices read model in the <c>devices</c> table (migration 0191), shared by every API node.</summary>
public sealed class PostgresDeviceReadModel(NpgsqlDataSource dataSource) : IDeviceReadModel
{
    public async Task UpsertAsync(DeviceSummary device, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO devices (device_id, protocol, vehicle_id, driver_id, registered_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (device_id) DO UPDATE SET protocol = excluded.protocol, vehicle_id = excluded.vehicle_id, driver_id = excluded.driver_id,
                registered_at = excluded.registered_at
            """);
        command.Parameters.AddWithValue(device.DeviceId);
        command.Parameters.AddWithValue(device.Protocol.ToString());
        command.Parameters.AddWithValue(device.VehicleId);
        command.Parameters.AddWithValue(device.DriverId);
        command.Parameters.AddWithValue(device.RegisteredAt);
        command.Parameters.AddWithValue((object?)device.LastSeenAt ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordContactsAsync(IReadOnlyCollection<DeviceContact> contacts, CancellationToken cancellationToken = default)
    {
        if (contacts.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(
            """
            UPDATE devices SET last_seen_at = heard.at
            FROM unnest($1::text[], $2::timestamptz[]) AS heard (device_id, at)
            WHERE devices.device_id = heard.device_id AND (devices.last_seen_at IS NULL OR devices.last_seen_at < heard.at)
            """);
        command.Parameters.AddWithValue(contacts.Select(c => c.DeviceId).ToArray());
        command.Parameters.AddWithValue(contacts.Select(c => c.At).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Keyset on the primary key, or on the driver's or the vehicle's index when the query names one.</summary>
    public async Task<DevicePage> QueryAsync(DeviceQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand();
        var where = new List<string>();
        void Filter(string column, object? value)
        {
            if (value is not null)
            {
                command.Parameters.AddWithValue(value);
                where.Add($"{column} {(column == "device_id" ? ">" : "=")} ${command.Parameters.Count}");
            }
        }

        Filter("driver_id", query.DriverId);
        Filter("vehicle_id", query.VehicleId);
        Filter("protocol", query.Protocol?.ToString());
        Filter("device_id", query.After);
        command.Parameters.AddWithValue(query.Limit + 1);
        command.CommandText = "SELECT device_id, protocol, vehicle_id, driver_id, registered_at, last_seen_at FROM devices "
            + (where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where)) + $" ORDER BY device_id LIMIT ${command.Parameters.Count}";
        var rows = new List<DeviceSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DeviceSummary(reader.GetString(0), Enum.Parse<DeviceProtocol>(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return DevicePage.Of(query, rows);
    }
}
