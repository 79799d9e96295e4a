namespace Telematics.Api.Admin;

/// <summary>A registered device and its key, shown this once: only its hash is stored.</summary>
public sealed record DeviceResponse(string DeviceId, string VehicleId, string Protocol, bool KeyRequired, string Key);
