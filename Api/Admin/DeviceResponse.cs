namespace Telematics.Api.Admin;

public sealed record DeviceResponse(string DeviceId, string VehicleId, string Protocol);
