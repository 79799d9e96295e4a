namespace Telematics.Devices;

[GenerateSerializer, Alias("telematics.DeviceState")]
public sealed class DeviceState
{
    [Id(0)] public DeviceRegistration? Registration { get; set; }
}
