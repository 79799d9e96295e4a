namespace Telematics.Trips;

/// <summary>Where a page of a driver's trips ends: trips are listed newest first by start time, then by trip id.</summary>
[GenerateSerializer, Immutable, Alias("telematics.TripCursor")]
public sealed record TripCursor(DateTimeOffset StartedAt, string TripId)
{
    /// <summary>The cursor that continues after <paramref name="trip"/>.</summary>
    public static TripCursor After(TripSummary trip) => new(trip.Features!.StartedAt, trip.TripId);
}
