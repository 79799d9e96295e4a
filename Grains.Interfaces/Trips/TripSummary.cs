namespace Telematics.Trips;

[GenerateSerializer, Immutable, Alias("telematics.TripSummary")]
public sealed record TripSummary(
    string TripId,
    string VehicleId,
    string DriverId,
    TripStatus Status,
    TripEndReason? EndReason,
    TripFeatures? Features,
    int EventCount);
