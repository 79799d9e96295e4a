namespace Telematics.Drivers;

[GenerateSerializer, Alias("telematics.DriverNotRegisteredException")]
public sealed class DriverNotRegisteredException(string driverId)
    : Exception($"Driver '{driverId}' is not registered.")
{
    [Id(0)]
    public string DriverId { get; } = driverId;
}
