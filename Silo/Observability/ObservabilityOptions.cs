namespace Telematics.Silo.Observability;

/// <summary>Logging and tracing of every process that hosts a silo. Bound under <c>Telematics:Observability</c>.</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Telematics:Observability";

    /// <summary>The OpenTelemetry exporter's standard variable: when set, metrics and traces also go there over OTLP.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Console log lines: <see cref="LogFormat.Plain"/> for people, <see cref="LogFormat.Json"/> for a log shipper. Default: Plain.</summary>
    public LogFormat LogFormat { get; set; } = LogFormat.Plain;

    /// <summary>
    /// Whether spans are recorded. Default: on when <see cref="OtlpEndpointVariable"/> is set, off otherwise, since
    /// without a collector only <see cref="RecentTraces"/> would see them.
    /// </summary>
    public bool? Tracing { get; set; }

    /// <summary>
    /// The share of traces started here that are recorded (a trace continued from a caller follows the caller's
    /// decision). Default: 0.1 — an ingesting fleet sends thousands of batches a second, and one in ten shows the same paths.
    /// </summary>
    public double TraceSampleRatio { get; set; } = 0.1;

    /// <summary>How many finished spans the node keeps for <c>GET /api/v1/admin/traces</c>. Default: 2,000; 0 keeps none.</summary>
    public int RecentSpansKept { get; set; } = 2000;

    /// <summary>
    /// Whether silos collect the Orleans Dashboard's grain statistics (a filter on every grain call, and a collection of
    /// every Orleans metric each second), which the API node serves to admins at /admin/orleans. Default: false: an idle
    /// node used 5.6 times the CPU with it (bench/results/e2e-embedded.md). Every silo of a cluster must agree.
    /// </summary>
    public bool OrleansDashboard { get; set; }

    public bool TracingEnabled => Tracing ?? !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(OtlpEndpointVariable));

    public static ObservabilityOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
}

public enum LogFormat
{
    Plain,
    Json,
}
