namespace Telematics.Vehicles;

[GenerateSerializer, Alias("telematics.VehicleState")]
public sealed class VehicleState
{
    [Id(0)] public string? DriverId { get; set; }
    [Id(1)] public string? CurrentTripId { get; set; }
    [Id(2)] public int TripSequence { get; set; }

    /// <summary>The end of the last completed trip; fixes at or before it are resends or came too late for their trip.</summary>
    [Id(3)] public DateTimeOffset? LastTripEndedAt { get; set; }

    /// <summary>Trips that ended and still take the fixes up to their end, oldest end first.</summary>
    [Id(4)] public List<ClosingTrip> ClosingTrips { get; set; } = [];

    /// <summary>The trip that ended at <see cref="LastTripEndedAt"/>: it answers for fixes no closing trip takes.</summary>
    [Id(5)] public string? LastTripId { get; set; }

    /// <summary>The driver's IANA zone, learned at registration; null for the configured one.</summary>
    [Id(6)] public string? TimeZoneId { get; set; }
}
