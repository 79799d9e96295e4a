namespace Telematics.Devices;

[GenerateSerializer, Alias("telematics.DeviceRegistryState")]
public sealed class DeviceRegistryState
{
    [Id(0)] public Dictionary<string, DeviceRegistration> Devices { get; set; } = [];
}
