namespace Telematics.Rescoring;

/// <summary>
/// Coordinates one rescoring job (key: job id): pages through the drivers, rescores each page across the cluster,
/// and records progress after every page so that the job resumes where it stopped if its silo is lost.
/// </summary>
[Alias("telematics.IRescoringJobGrain")]
public interface IRescoringJobGrain : IGrainWithStringKey
{
    /// <summary>Starts the job and returns at once; starting a job that already started only returns its progress.</summary>
    [Alias("Start")]
    Task<RescoringProgress> StartAsync(RescoringRequest request);

    [Alias("GetProgress")]
    Task<RescoringProgress> GetProgressAsync();

    [Alias("Cancel")]
    Task<RescoringProgress> CancelAsync();
}
