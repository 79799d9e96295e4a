namespace Telematics.Api.Telemetry;

public sealed class IngestionOptions
{
    public const string Section = "Telematics:Ingestion";

    /// <summary>The most events one batch may carry. Default: 10,000.</summary>
    public int MaxBatchSize { get; set; } = 10_000;

    /// <summary>How far ahead of the server's clock a device clock may run. Default: 5 minutes.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a starting node reads sample batches before it listens (<see cref="IngestionWarmUp"/>); zero skips it.
    /// Default: 3 seconds.
    /// </summary>
    public TimeSpan WarmUp { get; set; } = TimeSpan.FromSeconds(3);
}
