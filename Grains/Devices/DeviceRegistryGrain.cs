namespace Telematics.Devices;

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
        await state.WriteStateAsync();
    }

    public Task<DeviceRegistration?> FindAsync(string deviceId) =>
        Task.FromResult(state.State.Devices.GetValueOrDefault(deviceId));
}
