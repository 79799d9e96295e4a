using Telematics.Api.Auth;
using Telematics.Devices;
using Telematics.Drivers;
using Telematics.Vehicles;

namespace Telematics.Api.Admin;

/// <summary>Registers drivers (with their login) and their vehicles; used by the admin API and the built-in fleet.</summary>
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

    /// <summary>Binds a device to a vehicle that is already registered (a device for an unknown vehicle would only be refused later) and lists it.</summary>
    public async Task RegisterDeviceAsync(string deviceId, DeviceRegistration registration)
    {
        var driverId = await grains.GetGrainByKey<IVehicleGrain>(registration.VehicleId).GetDriverIdAsync()
            ?? throw new VehicleNotRegisteredException(registration.VehicleId);
        await grains.GetGrainByKey<IDeviceRegistryGrain>(DeviceRegistryShard.Of(deviceId)).RegisterAsync(deviceId, registration);
        // After the registry, which decides whether the device is heard: a listing may lag a registration, never lead it.
        await devices.UpsertAsync(new DeviceSummary(deviceId, registration.Protocol, registration.VehicleId, driverId, time.GetUtcNow(), null));
    }
}
