namespace Telematics.Devices;

/// <summary>
/// One row of the devices read model: the device, what it reports for (its vehicle and that vehicle's driver), when it
/// was registered and when it last sent data (null: never, or not since its listener last wrote contacts down).
/// </summary>
public sealed record DeviceSummary(
    string DeviceId,
    DeviceProtocol Protocol,
    string VehicleId,
    string DriverId,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? LastSeenAt);
