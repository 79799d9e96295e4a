namespace Telematics.Telemetry;

/// <summary>
/// One fix from a vehicle's device, in SI units. Optional fields are null when the device does not report them.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.TelematicsEvent")]
public sealed record TelematicsEvent(
    DateTimeOffset Timestamp,
    double Latitude,
    double Longitude,
    double SpeedMps,
    double HeadingDeg,
    double AccelLongMps2,
    double AccelLatMps2,
    double? AccuracyM = null,
    bool? Ignition = null,
    string? EventId = null,
    double? SpeedLimitMps = null,
    bool? PhoneInUse = null);
