namespace Telematics.Silo.Hosting;

public enum TelematicsMode
{
    /// <summary>Localhost clustering, in-memory storage and streams: nothing is durable.</summary>
    Embedded,

    /// <summary>ADO.NET clustering and grain storage on PostgreSQL.</summary>
    Postgres,
}
