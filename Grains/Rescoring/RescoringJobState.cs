namespace Telematics.Rescoring;

[GenerateSerializer, Alias("telematics.RescoringJobState")]
public sealed class RescoringJobState
{
    [Id(0)] public RescoringRequest? Request { get; set; }
    [Id(1)] public RescoringJobStatus Status { get; set; }
    [Id(2)] public long Total { get; set; }

    /// <summary>The last driver id of the last finished page (all-driver jobs) or the count of listed ids done.</summary>
    [Id(3)] public string? Cursor { get; set; }
    [Id(4)] public int ListPosition { get; set; }
    [Id(5)] public RescoringTally Tally { get; set; } = new();
    [Id(6)] public DateTimeOffset? StartedAt { get; set; }
    [Id(7)] public DateTimeOffset? FinishedAt { get; set; }
}
