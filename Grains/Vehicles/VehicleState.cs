namespace Telematics.Vehicles;

[GenerateSerializer, Alias("telematics.VehicleState")]
public sealed class VehicleState
{
    [Id(0)] public string? DriverId { get; set; }
    [Id(1)] public string? CurrentTripId { get; set; }
    [Id(2)] public int TripSequence { get; set; }

    /// <summary>The end of the last closed trip; events at or before it are resends or too late to count.</summary>
    [Id(3)] public DateTimeOffset? LastTripEndedAt { get; set; }
}
