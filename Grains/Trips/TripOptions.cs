using Telematics.Telemetry;

namespace Telematics.Trips;

public sealed class TripOptions
{
    public const string Section = "Telematics:Trips";

    /// <summary>A trip with no event for this long ends by itself. Default: 5 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A silence this long between two fixes of one delivery ends the trip between them: a device that was offline
    /// (no ignition data, as phones send) flushes its trips together. Measured in fix time, unlike
    /// <see cref="IdleTimeout"/>, which waits in real time. Default: 5 minutes.
    /// </summary>
    public TimeSpan MaxGap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long, in real time, a trip whose latest fix turned the ignition off (or that a silence in a delivery ended)
    /// waits for fixes that were taken earlier but arrive later: devices flushing offline storage and retries deliver
    /// out of order. Every fix that arrives meanwhile restarts the wait; the trip completes once it passes. Zero closes
    /// at once; never longer than <see cref="IdleTimeout"/>, after which any trip ends. Default: 2 minutes.
    /// </summary>
    public TimeSpan ReorderWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait a closing trip actually has: a trip with no event for <see cref="IdleTimeout"/> ends whatever its state.</summary>
    public TimeSpan EffectiveReorderWindow => ReorderWindow < IdleTimeout ? ReorderWindow : IdleTimeout;

    /// <summary>
    /// How long a vehicle keeps its trip reminder after its last trip closed. The reminder ends a trip whose silo was
    /// lost; registering and removing it are two durable writes, so trips closer together than this share one.
    /// Default: 30 minutes.
    /// </summary>
    public TimeSpan ReminderKeptFor { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Data-quality rules applied to a trip's events before its features are computed.</summary>
    public TelemetryCleaningOptions Cleaning { get; set; } = new();

    /// <summary>How a trip's features are computed.</summary>
    public TripFeatureOptions Features { get; set; } = new();
}
