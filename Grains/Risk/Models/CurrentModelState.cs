namespace Telematics.Risk;

[GenerateSerializer, Alias("telematics.CurrentModelState")]
public sealed class CurrentModelState
{
    [Id(0)] public string? Version { get; set; }
}
