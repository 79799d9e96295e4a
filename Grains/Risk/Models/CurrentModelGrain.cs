namespace Telematics.Risk;

public sealed class CurrentModelGrain(
    [PersistentState("current-model", StorageNames.Telematics)] IPersistentState<CurrentModelState> state) : Grain, ICurrentModelGrain
{
    public Task<string?> GetAsync() => Task.FromResult(state.State.Version);

    public async Task SetAsync(string version)
    {
        if (state.State.Version == version)
        {
            return;
        }

        state.State.Version = version;
        await state.WriteStateAsync();
    }
}
