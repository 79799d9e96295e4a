using Telematics.Rescoring;

namespace Telematics.Api.Rescoring;

/// <summary>Rescoring jobs as the JSON API and the console both start, list, watch and cancel them.</summary>
public sealed class RescoringJobs(IGrainFactory grains)
{
    public IRescoringJobGrain Job(string jobId) => grains.GetGrainByKey<IRescoringJobGrain>(jobId);

    public Task<RescoringProgress> StartAsync(RescoringRequest request) => Job(Guid.NewGuid().ToString("N")).StartAsync(request);

    /// <summary>Up to <paramref name="count"/> jobs, newest first, after <paramref name="before"/>: a call to each job's grain.</summary>
    public async Task<RescoringJobPage> ListAsync(string? before, int count)
    {
        var ids = await grains.GetGrainByKey<IRescoringJobListGrain>(IRescoringJobListGrain.Key).ListAsync(before, count + 1);
        var jobs = await Task.WhenAll(ids.Take(count).Select(id => Job(id).GetProgressAsync()));
        return new RescoringJobPage([.. jobs.Where(j => j.Status != RescoringJobStatus.NotStarted)], ids.Count > count ? ids[count - 1] : null);
    }
}
