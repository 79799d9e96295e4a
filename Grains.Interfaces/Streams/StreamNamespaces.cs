namespace Telematics.Streams;

/// <summary>
/// Stream provider and namespace names. Only streams someone consumes exist: a driver's trip completions (keyed by
/// driver id, implicit subscription) and a rescoring job's pages (keyed by job id, for outside consumers).
/// </summary>
public static class StreamNamespaces
{
    /// <summary>The provider of streams that outside consumers subscribe to explicitly (README lists them).</summary>
    public const string Provider = "telematics";

    /// <summary>
    /// The provider <see cref="TripCompleted"/> travels on: the one event whose loss would lose data, a trip that no
    /// score counts. Stored in PostgreSQL until its consumer confirms it in Postgres mode; in memory in Embedded.
    /// Implicit-only pub/sub: the driver's implicit subscription is its one consumer, so no rendezvous grain and no
    /// PubSubStore row per driver.
    /// </summary>
    public const string DurableProvider = "telematics-durable";

    public const string TripCompleted = "telematics.trip-completed";
    public const string DriversRescored = "telematics.drivers-rescored";
}
