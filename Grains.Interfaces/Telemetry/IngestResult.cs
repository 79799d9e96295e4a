namespace Telematics.Telemetry;

/// <summary>What a vehicle did with one batch: events newly accepted, events it already had, and events too late for their trip.</summary>
/// <param name="Late">
/// Fixes of a trip already completed (after its reorder window): archived, not in the trip's features; see docs/features.md.
/// </param>
[GenerateSerializer, Immutable, Alias("telematics.IngestResult")]
public sealed record IngestResult(int Accepted, int Duplicates, int Late = 0);
