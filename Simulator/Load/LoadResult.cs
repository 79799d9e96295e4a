namespace Telematics.Simulator.Load;

/// <summary>What a load run measured: acknowledgements of batches, answers to score reads, and requests never answered in time.</summary>
/// <param name="GeneratorGcPause">The load generator's own collection pauses over the run, warm-up included: while paused it
/// neither sends nor timestamps answers, so they show in the latencies it reports.</param>
public sealed record LoadResult(LoadSettings Settings, RequestRecorder Ingestion, RequestRecorder Reads, int Unanswered, TimeSpan GeneratorGcPause);
