namespace Telematics.Storage;

public static class PersistentStateExtensions
{
    /// <summary>Writes the state; if the write fails, deactivates the grain and throws <see cref="StorageUnavailableException"/>.</summary>
    /// <remarks>
    /// After a failed write the activation holds in memory what the database does not, and its ETag may be stale (a
    /// commit whose answer was lost with its connection). Kept, it went on from there: a vehicle drove a trip the database
    /// did not know and later reopened it without its events, a driver took a redelivered trip for one already counted,
    /// and a stale ETag failed every later write. Deactivated, the retry meets an activation that has read what is stored.
    /// </remarks>
    public static async Task WriteOrDeactivateAsync<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception ex)
        {
            grain.DeactivateOnIdle();
            throw new StorageUnavailableException($"the state of {grain.GrainContext.GrainId}", ex.Message);
        }
    }
}
