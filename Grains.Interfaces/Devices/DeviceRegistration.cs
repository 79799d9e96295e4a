namespace Telematics.Devices;

/// <summary>
/// Which vehicle a device reports for, over which protocol, and the hash of its key (none once revoked). An OsmAnd
/// device with <see cref="KeyRequired"/> must send its key with every position.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.DeviceRegistration")]
public sealed record DeviceRegistration(string VehicleId, DeviceProtocol Protocol, DeviceKeyHash? Key = null, bool KeyRequired = false);
