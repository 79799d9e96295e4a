using Telematics.Simulator.Api;
using Telematics.Simulator.Fleet;

namespace Telematics.Simulator.Devices;

/// <summary>
/// Sends each event of a batch as one OsmAnd position to the Api's OsmAnd port, in order, as a phone app would: a
/// position goes only once the one before it is stored.
/// </summary>
/// <param name="http">A client of its own: OsmAnd devices send no login, so it must not carry the admin's token.</param>
/// <param name="endpoint">The OsmAnd listener's base address, e.g. http://127.0.0.1:5055.</param>
public sealed class OsmAndBatchSink(HttpClient http, Uri endpoint) : IBatchSink
{
    public async Task WriteAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        var deviceId = OsmAndQuery.DeviceIdOf(batch.VehicleId);
        foreach (var e in batch.Events)
        {
            using var response = await http.PostAsync(new Uri(endpoint, OsmAndQuery.PathAndQuery(deviceId, e)), content: null, cancellationToken);
            await TelematicsApiClient.EnsureSuccessAsync(response, cancellationToken, $"OsmAnd position of {deviceId} at {e.Timestamp:O}");
        }
    }
}
