namespace Telematics.Streams;

/// <summary>Stream provider and namespace names. Every stream is keyed by driver id, but a rescoring job's, keyed by job id.</summary>
public static class StreamNamespaces
{
    public const string Provider = "telematics";

    /// <summary>
    /// The provider <see cref="TripCompleted"/> travels on: the one event whose loss would lose data, a trip that no
    /// score counts. Stored in PostgreSQL until its consumer confirms it in Postgres mode; in memory in Embedded.
    /// </summary>
    public const string DurableProvider = "telematics-durable";

    public const string TripCompleted = "telematics.trip-completed";
    public const string RiskScoreCalculated = "telematics.risk-score-calculated";
    public const string PremiumUpdated = "telematics.premium-updated";
    public const string DriverUpdated = "telematics.driver-updated";
    public const string SafetyAlert = "telematics.safety-alert";
    public const string DriversRescored = "telematics.drivers-rescored";
}
