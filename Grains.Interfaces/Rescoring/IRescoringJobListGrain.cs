using Orleans.Concurrency;

namespace Telematics.Rescoring;

/// <summary>
/// The rescoring jobs started, newest first (one grain, key <see cref="Key"/>): jobs are started by hand, a few a day,
/// so one short list serves the console. It keeps the last <see cref="Capacity"/>; an older job still answers by its id.
/// </summary>
[Alias("telematics.IRescoringJobListGrain")]
public interface IRescoringJobListGrain : IGrainWithStringKey
{
    public const string Key = "all";

    public const int Capacity = 500;

    [Alias("Add")]
    Task AddAsync(string jobId);

    /// <summary>Up to <paramref name="count"/> job ids, newest first, after <paramref name="beforeJobId"/> (null: from the newest; unknown: none).</summary>
    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<string>> ListAsync(string? beforeJobId, int count);
}
