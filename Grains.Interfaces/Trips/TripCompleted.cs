namespace Telematics.Trips;

/// <summary>Published on the driver's <see cref="Streams.StreamNamespaces.TripCompleted"/> stream when a trip ends.</summary>
[GenerateSerializer, Immutable, Alias("telematics.TripCompleted")]
public sealed record TripCompleted(
    string TripId,
    string VehicleId,
    string DriverId,
    TripEndReason EndReason,
    TripFeatures Features);
