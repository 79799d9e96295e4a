namespace Telematics.Trips;

/// <summary>What a trip did with a batch. The vehicle opens a new trip after a trip is closed.</summary>
[GenerateSerializer, Immutable, Alias("telematics.TripAppendResult")]
public sealed record TripAppendResult(int Accepted, int Duplicates, TripAppendOutcome Outcome, DateTimeOffset? TripEndedAt);

[GenerateSerializer, Alias("telematics.TripAppendOutcome")]
public enum TripAppendOutcome
{
    /// <summary>The events were recorded and the trip goes on.</summary>
    Appended,

    /// <summary>The events were recorded and the last of them turned the ignition off, which ended the trip.</summary>
    AppendedAndClosed,

    /// <summary>The trip had already ended; nothing was recorded.</summary>
    AlreadyClosed,
}
