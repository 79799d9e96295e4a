using Telematics.Simulator.Api;

namespace Telematics.Simulator.Devices;

/// <summary>
/// Registers devices of one protocol for vehicles already registered; registering again is harmless here: it gives a
/// new key, which Teltonika and OsmAnd devices registered without <c>keyRequired</c> do not send.
/// </summary>
public static class DeviceRegistration
{
    /// <summary>Requests in flight at once: thousands of devices register in seconds without queueing up in the Api.</summary>
    private const int ConcurrentRequests = 8;

    /// <param name="protocol">As the admin API names it: <c>teltonika</c> or <c>osmand</c>.</param>
    public static Task RegisterAsync(
        TelematicsApiClient client, IEnumerable<(string DeviceId, string VehicleId)> devices, string protocol, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(devices, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentRequests, CancellationToken = cancellationToken },
            async (device, token) => await client.RegisterDeviceAsync(device.DeviceId, device.VehicleId, protocol, token));
}
