namespace Telematics.Safety;

/// <summary>Published on the driver's <see cref="Streams.StreamNamespaces.SafetyAlert"/> stream when a trip shows risky driving.</summary>
[GenerateSerializer, Immutable, Alias("telematics.SafetyAlert")]
public sealed record SafetyAlert(string DriverId, string TripId, SafetyAlertKind Kind, string Message, DateTimeOffset OccurredAt);
