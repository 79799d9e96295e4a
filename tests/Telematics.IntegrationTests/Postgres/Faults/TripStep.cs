namespace Telematics.IntegrationTests.Postgres.Faults;

/// <summary>The batch of a three-batch trip during which a fault is held.</summary>
public enum TripStep
{
    /// <summary>The vehicle opens the trip: it stores the trip's id and registers its reminder.</summary>
    FirstBatch,

    /// <summary>Only the archive is written.</summary>
    MiddleBatch,

    /// <summary>The trip ends: it publishes its completion and stores itself, and its driver updates and stores the score.</summary>
    IgnitionOff,
}
