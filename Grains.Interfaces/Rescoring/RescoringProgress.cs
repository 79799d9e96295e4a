namespace Telematics.Rescoring;

/// <summary>
/// A rescoring job's progress and, as it goes, its result: premiums up and down, the total change, and the
/// distribution of scores before and after in ten bands of 10 points; <see cref="Coordinator"/> is the silo running it.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RescoringProgress")]
public sealed record RescoringProgress(
    string JobId,
    RescoringJobStatus Status,
    string? ModelVersion,
    long Total,
    long Done,
    long Failed,
    double DriversPerSecond,
    TimeSpan? EstimatedTimeLeft,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    long PremiumsUp,
    long PremiumsDown,
    long PremiumsUnchanged,
    decimal TotalPremiumChange,
    long[] ScoreBandsBefore,
    long[] ScoreBandsAfter,
    IReadOnlyList<RescoringFailure> Failures,
    string Coordinator)
{
    public long Remaining => Math.Max(0, Total - Done - Failed);
}
