namespace Telematics.Api.Admin;

/// <summary>
/// A tracking device for a registered vehicle: its id (a Teltonika IMEI, an OsmAnd app id, any id for the batch API)
/// and protocol. <see cref="KeyRequired"/> (OsmAnd only) refuses the device's positions that do not carry its key.
/// </summary>
public sealed record RegisterDeviceRequest(string? DeviceId, string? VehicleId, string? Protocol, bool KeyRequired = false);
