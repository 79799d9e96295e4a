namespace Telematics.Simulator.Load;

/// <summary>An open-loop load: ingestion at a rate in events/s, batches of a size, for a warm-up then a measured duration, with reads of scores alongside.</summary>
public sealed record LoadSettings(double EventsPerSecond, int BatchSize, double WarmupS, double DurationS, double ReadsPerSecond)
{
    public double BatchesPerSecond => EventsPerSecond / BatchSize;

    public long Batches => (long)((WarmupS + DurationS) * BatchesPerSecond);

    public long Reads => (long)((WarmupS + DurationS) * ReadsPerSecond);
}
