namespace Telematics.Telemetry;

/// <summary>What a vehicle did with one batch: events newly accepted and events it already had.</summary>
[GenerateSerializer, Immutable, Alias("telematics.IngestResult")]
public sealed record IngestResult(int Accepted, int Duplicates);
