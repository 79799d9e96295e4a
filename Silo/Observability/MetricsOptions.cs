namespace Telematics.Silo.Observability;

/// <summary>Who may scrape <c>/metrics</c>, which tells the portfolio's size and the node's load.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Telematics:Metrics";

    /// <summary>
    /// When set, a scrape must present it as <c>Authorization: Bearer …</c> (Prometheus' <c>authorization</c>
    /// setting), in every mode. When empty, Embedded mode answers scrapes from loopback only and every other mode
    /// answers none. At least 32 characters. Default: empty.
    /// </summary>
    public string ScrapeToken { get; set; } = "";

    public const int MinScrapeTokenLength = 32;
}
