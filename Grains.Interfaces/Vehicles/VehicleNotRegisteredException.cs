namespace Telematics.Vehicles;

[GenerateSerializer, Alias("telematics.VehicleNotRegisteredException")]
public sealed class VehicleNotRegisteredException(string vehicleId)
    : Exception($"Vehicle '{vehicleId}' is not registered to a driver.")
{
    [Id(0)]
    public string VehicleId { get; } = vehicleId;
}
