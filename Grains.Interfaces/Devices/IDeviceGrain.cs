namespace Telematics.Devices;

/// <summary>
/// A tracking device (key: its own id — the IMEI of a Teltonika unit, the id an OsmAnd client sends). Devices exist only
/// once an admin registers them, so a listener can refuse a stranger instead of creating it.
/// </summary>
[Alias("telematics.IDeviceGrain")]
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>
    /// Binds the device to a vehicle; the same registration again does nothing, another throws
    /// <see cref="Ids.AlreadyRegisteredException"/>: a device is not taken from its vehicle by a second registration.
    /// </summary>
    [Alias("Register")]
    Task RegisterAsync(DeviceRegistration registration);

    /// <summary>The device's registration; null for a device nobody registered.</summary>
    [Alias("Get")]
    Task<DeviceRegistration?> GetAsync();
}
