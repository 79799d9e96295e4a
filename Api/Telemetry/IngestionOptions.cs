namespace Telematics.Api.Telemetry;

public sealed class IngestionOptions
{
    public const string Section = "Telematics:Ingestion";

    /// <summary>The most events one batch may carry. Default: 10,000.</summary>
    public int MaxBatchSize { get; set; } = 10_000;

    /// <summary>
    /// The largest request body a batch may have, checked against Content-Length and again while the body is read.
    /// Default: 8 MiB; a full batch of 10,000 events with every field set at full precision is about 3.4 MB.
    /// </summary>
    public long MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How far ahead of the server's clock a device clock may run. Default: 5 minutes.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a starting node reads sample batches before it listens (<see cref="IngestionWarmUp"/>); zero skips it.
    /// Default: 3 seconds.
    /// </summary>
    public TimeSpan WarmUp { get; set; } = TimeSpan.FromSeconds(3);
}
