namespace Telematics.Vehicles;

/// <summary>A trip of the vehicle that has ended at <paramref name="EndsAt"/> (its latest fix) and waits out its reorder window.</summary>
[GenerateSerializer, Immutable, Alias("telematics.ClosingTrip")]
public sealed record ClosingTrip(string TripId, DateTimeOffset EndsAt);
