namespace Telematics.Devices;

/// <summary>Which vehicle a device reports for, and over which protocol.</summary>
[GenerateSerializer, Immutable, Alias("telematics.DeviceRegistration")]
public sealed record DeviceRegistration(string VehicleId, DeviceProtocol Protocol);
