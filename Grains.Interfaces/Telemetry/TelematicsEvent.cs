namespace Telematics.Telemetry;

/// <summary>
/// One fix from a vehicle's device, in SI units. Optional fields are null when the device does not report them.
/// </summary>
/// <param name="Attributes">
/// What the device reported beyond these fields (odometer, motion, device alarms, raw IO values), keyed by the names in
/// <see cref="Telematics.Devices.DeviceAttributes"/>. <c>[Immutable]</c> holds because producers hand over a dictionary
/// they never touch again.
/// </param>
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
    bool? PhoneInUse = null,
    IReadOnlyDictionary<string, string>? Attributes = null);
