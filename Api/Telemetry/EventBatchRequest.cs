namespace Telematics.Api.Telemetry;

/// <summary>The wire shape of a batch. Every field is nullable so that a missing one is reported by name, not defaulted.</summary>
public sealed record EventBatchRequest(string? VehicleId, EventList? Events);

/// <remarks>
/// Init properties rather than a positional record: System.Text.Json binds a constructor of more than four parameters
/// by caching every argument as a boxed object, which made reading a batch several times the cost of tokenising it.
/// </remarks>
public sealed record EventDto
{
    public string? EventId { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double? SpeedMps { get; init; }
    public double? HeadingDeg { get; init; }
    public double? AccelLongMps2 { get; init; }
    public double? AccelLatMps2 { get; init; }
    public double? AccuracyM { get; init; }
    public bool? Ignition { get; init; }
    public double? SpeedLimitMps { get; init; }
    public bool? PhoneInUse { get; init; }
}
