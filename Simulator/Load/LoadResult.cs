namespace Telematics.Simulator.Load;

/// <summary>What a load run measured: acknowledgements of batches, answers to score reads, and requests never answered in time.</summary>
public sealed record LoadResult(LoadSettings Settings, RequestRecorder Ingestion, RequestRecorder Reads, int Unanswered, int PayloadsLate);
