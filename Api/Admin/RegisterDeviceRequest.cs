namespace Telematics.Api.Admin;

/// <summary>A tracking device for a registered vehicle: its id (a Teltonika IMEI, an OsmAnd app id) and protocol.</summary>
public sealed record RegisterDeviceRequest(string? DeviceId, string? VehicleId, string? Protocol);
