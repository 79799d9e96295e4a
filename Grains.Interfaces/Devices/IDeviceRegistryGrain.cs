using Orleans.Concurrency;

namespace Telematics.Devices;

/// <summary>
/// One shard of the registered devices (key: <see cref="DeviceRegistryShard.Of"/> of a device id). Devices exist only
/// once an admin registers them, and a lookup of any id — registered or not — lands on one of a fixed number of shards,
/// so a stranger is refused without a grain of its own: per-device grains let every unknown id a device port was sent
/// create an activation that stayed for the collection age (16,000 ids: +157 MB).
/// </summary>
[Alias("telematics.IDeviceRegistryGrain")]
public interface IDeviceRegistryGrain : IGrainWithStringKey
{
    /// <summary>Binds the device to a vehicle; registering again moves it (a unit refitted to another car).</summary>
    [Alias("Register")]
    Task RegisterAsync(string deviceId, DeviceRegistration registration);

    /// <summary>Replaces the device's key (null revokes it); false for a device nobody registered.</summary>
    [Alias("SetKey")]
    Task<bool> SetKeyAsync(string deviceId, DeviceKeyHash? key);

    /// <summary>The device's registration; null for a device nobody registered.</summary>
    [Alias("Find"), ReadOnly]
    Task<DeviceRegistration?> FindAsync(string deviceId);
}
