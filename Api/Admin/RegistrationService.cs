using Telematics.Api.Auth;
using Telematics.Api.Devices.Keys;
using Telematics.Devices;
using Telematics.Drivers;
using Telematics.Vehicles;

namespace Telematics.Api.Admin;

/// <summary>Registers drivers (with their login), their vehicles and devices (with their key); used by the admin API and the built-in fleet.</summary>
public sealed class RegistrationService(IGrainFactory grains, AccountService accounts, IDeviceReadModel devices, TimeProvider time)
{
    public async Task<DriverProfile> RegisterDriverAsync(string driverId, DriverRegistration registration, string? password)
    {
        var profile = await grains.GetGrainByKey<IDriverGrain>(driverId).RegisterAsync(registration);
        if (password is not null)
        {
            await accounts.CreateDriverLoginAsync(driverId, password);
        }

        return profile;
    }

    /// <summary>The vehicle takes the driver's time zone here, so that its trips learn it from every call it makes to them.</summary>
    public async Task RegisterVehicleAsync(string vehicleId, string driverId)
    {
        var driver = await grains.GetGrainByKey<IDriverGrain>(driverId).GetProfileAsync() ?? throw new DriverNotRegisteredException(driverId);
        await grains.GetGrainByKey<IVehicleGrain>(vehicleId).RegisterAsync(driverId, driver.TimeZoneId);
    }

    /// <summary>
    /// Binds a device to a vehicle that is already registered (a device for an unknown vehicle would only be refused
    /// later) with a new key, which is returned to be shown once, and lists it: registering a device again, to move it,
    /// replaces its key, so the old one stops at once.
    /// </summary>
    public async Task<string> RegisterDeviceAsync(string deviceId, string vehicleId, DeviceProtocol protocol, bool keyRequired)
    {
        var driverId = await grains.GetGrainByKey<IVehicleGrain>(vehicleId).GetDriverIdAsync()
            ?? throw new VehicleNotRegisteredException(vehicleId);
        var (key, hash) = DeviceKey.New();
        await grains.GetGrainByKey<IDeviceRegistryGrain>(DeviceRegistryShard.Of(deviceId))
            .RegisterAsync(deviceId, new DeviceRegistration(vehicleId, protocol, hash, keyRequired));
        // After the registry, which decides whether the device is heard: a listing may lag a registration, never lead it.
        await devices.UpsertAsync(new DeviceSummary(deviceId, protocol, vehicleId, driverId, time.GetUtcNow(), null));
        return key;
    }
}
