using Telematics.Storage;

namespace Telematics.Devices;

/// <remarks>
/// A failed write deactivates the shard, so that a key the database did not take (a rotation, a revocation) is not
/// honoured from memory while the stored one comes back at the next activation.
/// </remarks>
public sealed class DeviceRegistryGrain(
    [PersistentState("devices", StorageNames.Telematics)] IPersistentState<DeviceRegistryState> state) : Grain, IDeviceRegistryGrain
{
    public async Task RegisterAsync(string deviceId, DeviceRegistration registration)
    {
        if (state.State.Devices.TryGetValue(deviceId, out var current) && current == registration)
        {
            return;
        }

        state.State.Devices[deviceId] = registration;
        await state.WriteOrDeactivateAsync(this);
    }

    public async Task<bool> SetKeyAsync(string deviceId, DeviceKeyHash? key)
    {
        if (!state.State.Devices.TryGetValue(deviceId, out var current))
        {
            return false;
        }

        state.State.Devices[deviceId] = current with { Key = key };
        await state.WriteOrDeactivateAsync(this);
        return true;
    }

    public Task<DeviceRegistration?> FindAsync(string deviceId) =>
        Task.FromResult(state.State.Devices.GetValueOrDefault(deviceId));
}
