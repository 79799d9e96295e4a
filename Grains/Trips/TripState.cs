namespace Telematics.Trips;

[GenerateSerializer, Alias("telematics.TripState")]
public sealed class TripState
{
    [Id(0)] public string? VehicleId { get; set; }
    [Id(1)] public string? DriverId { get; set; }
    [Id(2)] public TripStatus Status { get; set; }
    [Id(3)] public TripEndReason? EndReason { get; set; }
    [Id(4)] public TripFeatures? Features { get; set; }
    [Id(5)] public int EventCount { get; set; }
}
