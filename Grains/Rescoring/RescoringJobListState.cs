namespace Telematics.Rescoring;

[GenerateSerializer, Alias("telematics.RescoringJobListState")]
public sealed class RescoringJobListState
{
    /// <summary>Newest first.</summary>
    [Id(0)] public List<string> JobIds { get; set; } = [];
}
