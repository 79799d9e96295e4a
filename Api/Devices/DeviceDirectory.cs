using Telematics.Devices;

namespace Telematics.Api.Devices;

/// <summary>Finds the vehicle a device reports for, counting every device that is refused.</summary>
public sealed class DeviceDirectory(IGrainFactory grains, DeviceMetrics metrics)
{
    /// <summary>The longest device id looked up; real ones (IMEI, app ids) are far shorter, and this bounds grain keys.</summary>
    public const int MaxDeviceIdLength = 64;

    /// <summary>
    /// The vehicle of a device registered for <paramref name="protocol"/>; null — and counted — for any other device.
    /// Traccar can create unknown devices on first contact; we never do, because an insurer must not score data it
    /// cannot tie to a policy.
    /// </summary>
    public async Task<string?> FindVehicleAsync(string deviceId, DeviceProtocol protocol)
    {
        var registration = deviceId.Length is > 0 and <= MaxDeviceIdLength
            ? await grains.GetGrainByKey<IDeviceGrain>(deviceId).GetAsync()
            : null;
        if (registration?.Protocol == protocol)
        {
            return registration.VehicleId;
        }

        metrics.UnknownDevice(protocol);
        return null;
    }
}
