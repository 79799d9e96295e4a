using Telematics.Telemetry;

namespace Telematics.Trips;

public sealed class TripOptions
{
    public const string Section = "Telematics:Trips";

    /// <summary>A trip with no event for this long ends by itself. Default: 5 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Data-quality rules applied to a trip's events before its features are computed.</summary>
    public TelemetryCleaningOptions Cleaning { get; set; } = new();

    /// <summary>How a trip's features are computed.</summary>
    public TripFeatureOptions Features { get; set; } = new();
}
