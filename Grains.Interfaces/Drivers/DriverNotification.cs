namespace Telematics.Drivers;

/// <summary>A message for the driver: a safety alert after a trip, or a change of premium.</summary>
[GenerateSerializer, Immutable, Alias("telematics.DriverNotification")]
public sealed record DriverNotification(string Kind, string Message, string? TripId, DateTimeOffset CreatedAt);
