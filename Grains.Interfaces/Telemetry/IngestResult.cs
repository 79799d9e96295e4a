namespace Telematics.Telemetry;

/// <summary>What a vehicle did with one batch: events newly accepted and events it already had.</summary>
[GenerateSerializer, Immutable, Alias("telematics.IngestResult")]
public sealed record IngestResult(int Accepted, int Duplicates)
{
    public static IngestResult operator +(IngestResult a, IngestResult b) =>
        new(a.Accepted + b.Accepted, a.Duplicates + b.Duplicates);
}
