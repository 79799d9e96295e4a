using System.Net;
using Telematics.Devices;
using Telematics.Ids;

namespace Telematics.Api.Devices;

/// <summary>Finds the registration (vehicle, key) of a device, counting every device that is refused.</summary>
public sealed class DeviceDirectory(IGrainFactory grains, DeviceMetrics metrics, UnknownDeviceLimiter limiter)
{
    /// <summary>The longest device id, as for every id (<see cref="EntityId"/>).</summary>
    public const int MaxDeviceIdLength = EntityId.MaxLength;

    /// <summary>
    /// The vehicle of a device registered for <paramref name="protocol"/>; no vehicle — and counted — for any other
    /// device, or for any device at all while <paramref name="from"/> has spent its allowance of unknown ids. Traccar
    /// can create unknown devices on first contact; we never do, because an insurer must not score data it cannot tie
    /// to a policy. An id outside the id grammar is refused without being looked up.
    /// </summary>
    public async Task<DeviceLookup> FindVehicleAsync(string deviceId, DeviceProtocol protocol, IPAddress? from)
    {
        if (limiter.IsSpent(from))
        {
            metrics.Throttled(protocol);
            return new DeviceLookup(null, limiter.RetryAfter);
        }

        var registration = EntityId.IsValid(deviceId)
            ? await grains.GetGrainByKey<IDeviceRegistryGrain>(DeviceRegistryShard.Of(deviceId)).FindAsync(deviceId)
            : null;
        if (registration?.Protocol == protocol)
        {
            return new DeviceLookup(registration, null);
        }

        metrics.UnknownDevice(protocol);
        limiter.Refused(from);
        return default;
    }
}
