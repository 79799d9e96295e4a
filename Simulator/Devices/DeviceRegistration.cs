using Telematics.Simulator.Api;

namespace Telematics.Simulator.Devices;

/// <summary>Registers Teltonika devices for vehicles already registered; registering again is harmless.</summary>
public static class DeviceRegistration
{
    /// <summary>Requests in flight at once: thousands of devices register in seconds without queueing up in the Api.</summary>
    private const int ConcurrentRequests = 8;

    public static Task RegisterAsync(TelematicsApiClient client, IEnumerable<(string Imei, string VehicleId)> devices, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(devices, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentRequests, CancellationToken = cancellationToken },
            async (device, token) => await client.RegisterDeviceAsync(device.Imei, device.VehicleId, "teltonika", token));
}
