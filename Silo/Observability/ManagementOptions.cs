namespace Telematics.Silo.Observability;

/// <summary>The standalone silo's HTTP port for health, metrics and recent traces. Bound under <c>Telematics:Management</c>.</summary>
public sealed class ManagementOptions
{
    public const string Section = "Telematics:Management";

    /// <summary>
    /// Where the management endpoints listen (Kestrel URLs, <c>;</c>-separated). Default: http://127.0.0.1:5100, this
    /// host only; a container or pod sets http://0.0.0.0:5100 so its orchestrator's probes and Prometheus reach it.
    /// </summary>
    public string Urls { get; set; } = "http://127.0.0.1:5100";

    public static ManagementOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<ManagementOptions>() ?? new ManagementOptions();
}
