using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Telematics.Simulator.Api;
using Telematics.Simulator.Fleet;

namespace Telematics.Simulator.Devices;

/// <summary>
/// Sends each vehicle's batches as Codec 8 packets over that vehicle's own TCP connection to the Api's Teltonika
/// listener, as a tracker does: a packet goes once the one before it is acknowledged with its record count.
/// </summary>
/// <remarks>
/// A connection that fails is opened again and the unacknowledged packet resent once, as trackers resend what the
/// server did not acknowledge; the platform stores a resent record once. Codec 8 has no place for the accelerations,
/// phone use, speed limit or accuracy, and carries speed in whole km/h: the platform derives what it needs from the
/// fixes, so its features follow the drive less closely than from batches.
/// </remarks>
/// <param name="imeis">The IMEI registered for each vehicle id.</param>
public sealed class TeltonikaBatchSink(EndPoint server, IReadOnlyDictionary<string, string> imeis) : IBatchSink
{
    private readonly ConcurrentDictionary<string, TeltonikaDeviceConnection> _connections = new();

    public async Task WriteAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        foreach (var records in batch.Events.Chunk(TeltonikaFrameEncoder.MaxRecordsPerFrame))
        {
            var frame = TeltonikaFrameEncoder.Frame(records);
            int acknowledged;
            try
            {
                acknowledged = await SendAsync(batch.VehicleId, frame, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or SocketException)
            {
                await CloseAsync(batch.VehicleId);
                acknowledged = await SendAsync(batch.VehicleId, frame, cancellationToken);
            }

            if (acknowledged != records.Length)
            {
                throw new IOException($"The Teltonika listener acknowledged {acknowledged} of {records.Length} records of {batch.VehicleId} from {records[0].Timestamp:O}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var vehicleId in _connections.Keys)
        {
            await CloseAsync(vehicleId);
        }
    }

    private async Task<int> SendAsync(string vehicleId, byte[] frame, CancellationToken cancellationToken) =>
        await (await ConnectionAsync(vehicleId, cancellationToken)).SendAsync(frame, cancellationToken);

    /// <summary>Each vehicle's batches are written one after another, so its connection is opened by one caller at a time.</summary>
    private async Task<TeltonikaDeviceConnection> ConnectionAsync(string vehicleId, CancellationToken cancellationToken)
    {
        if (!_connections.TryGetValue(vehicleId, out var connection))
        {
            var imei = imeis.TryGetValue(vehicleId, out var registered) ? registered : throw new InvalidOperationException($"No Teltonika device is registered for {vehicleId}.");
            connection = await TeltonikaDeviceConnection.OpenAsync(server, imei, cancellationToken);
            _connections[vehicleId] = connection;
        }

        return connection;
    }

    private async Task CloseAsync(string vehicleId)
    {
        if (_connections.TryRemove(vehicleId, out var connection))
        {
            await connection.DisposeAsync();
        }
    }
}
