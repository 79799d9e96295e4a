namespace Telematics.Rescoring;

public sealed class RescoringJobListGrain(
    [PersistentState("rescoringJobs", StorageNames.Telematics)] IPersistentState<RescoringJobListState> state) : Grain, IRescoringJobListGrain
{
    public async Task AddAsync(string jobId)
    {
        if (state.State.JobIds.Contains(jobId))
        {
            return;
        }

        state.State.JobIds.Insert(0, jobId);
        if (state.State.JobIds.Count > IRescoringJobListGrain.Capacity)
        {
            state.State.JobIds.RemoveRange(IRescoringJobListGrain.Capacity, state.State.JobIds.Count - IRescoringJobListGrain.Capacity);
        }

        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> ListAsync(string? beforeJobId, int count)
    {
        var start = beforeJobId is null ? 0 : state.State.JobIds.IndexOf(beforeJobId) + 1;
        return Task.FromResult<IReadOnlyList<string>>(start == 0 && beforeJobId is not null ? [] : [.. state.State.JobIds.Skip(start).Take(count)]);
    }
}
