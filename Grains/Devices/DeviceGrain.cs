namespace Telematics.Devices;

public sealed class DeviceGrain(
    [PersistentState("device", StorageNames.Telematics)] IPersistentState<DeviceState> state) : Grain, IDeviceGrain
{
    public async Task RegisterAsync(DeviceRegistration registration)
    {
        if (state.State.Registration == registration)
        {
            return;
        }

        state.State.Registration = registration;
        await state.WriteStateAsync();
    }

    public Task<DeviceRegistration?> GetAsync() => Task.FromResult(state.State.Registration);
}
