using Telematics.Devices;

namespace Telematics.Api.Devices;

/// <summary>
/// What the directory answered: the registration of a registered device; or neither a registration nor a wait for any
/// other device; or, when the asking address has named too many unknown ids, how long it must wait.
/// </summary>
public readonly record struct DeviceLookup(DeviceRegistration? Registration, TimeSpan? RetryAfter)
{
    public string? VehicleId => Registration?.VehicleId;
}
