namespace Telematics.Trips;

/// <summary>A page of a driver's trips, newest first; <see cref="Next"/> continues after the last, null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("telematics.TripPage")]
public sealed record TripPage(IReadOnlyList<TripSummary> Items, TripCursor? Next);
