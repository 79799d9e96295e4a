namespace Telematics.IntegrationTests.Postgres.Faults;

/// <summary>When in a three-batch trip the suite's PostgreSQL server is restarted, or stopped for a few seconds.</summary>
public enum ServerRestart
{
    /// <summary>`pg_ctl restart -m fast` once the first batch is acknowledged: the trip is open, its vehicle and reminder stored.</summary>
    BeforeMiddleBatch,

    /// <summary>The server stopped, the middle batch sent (it must be refused with 503), the server started, the batch resent.</summary>
    DownAtMiddleBatch,

    /// <summary>A restart while the ignition-off batch is in flight: the archive, the completion's publish and the trip's store.</summary>
    DuringIgnitionOffBatch,

    /// <summary>A restart right after the ignition-off batch is acknowledged: the completion waits in the stream for the driver.</summary>
    AfterIgnitionOffAnswered,

    /// <summary>The server down for a few seconds after the ignition-off batch is acknowledged: the driver's update is due meanwhile.</summary>
    DownWhileDriverUpdateDue,
}
