namespace Telematics.Trips;

/// <summary>
/// Whose trip it is. The vehicle names it in every call, so a trip need not store anything before it ends: a trip
/// reactivated after its silo was lost learns its owner from the vehicle's next call.
/// </summary>
/// <param name="TimeZoneId">The driver's IANA zone for local-time features; null for the configured one.</param>
[GenerateSerializer, Immutable, Alias("telematics.TripOwner")]
public sealed record TripOwner(string VehicleId, string DriverId, string? TimeZoneId = null);
