namespace Telematics.Devices;

/// <summary>
/// A tracking device (key: its own id — the IMEI of a Teltonika unit, the id an OsmAnd client sends). Devices exist only
/// once an admin registers them, so a listener can refuse a stranger instead of creating it.
/// </summary>
[Alias("telematics.IDeviceGrain")]
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Binds the device to a vehicle; registering again moves it (a unit refitted to another car).</summary>
    [Alias("Register")]
    Task RegisterAsync(DeviceRegistration registration);

    /// <summary>The device's registration; null for a device nobody registered.</summary>
    [Alias("Get")]
    Task<DeviceRegistration?> GetAsync();
}
