namespace Telematics.Api.Telemetry;

/// <summary>The wire shape of a batch. Every field is nullable so that a missing one is reported by name, not defaulted.</summary>
public sealed record EventBatchRequest(string? VehicleId, List<EventDto?>? Events);

public sealed record EventDto(
    string? EventId,
    DateTimeOffset? Timestamp,
    double? Latitude,
    double? Longitude,
    double? SpeedMps,
    double? HeadingDeg,
    double? AccelLongMps2,
    double? AccelLatMps2,
    double? AccuracyM,
    bool? Ignition,
    double? SpeedLimitMps,
    bool? PhoneInUse);
