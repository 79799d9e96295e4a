namespace Telematics.Silo.Postgres;

public sealed class EventArchiveOptions
{
    public const string Section = "Telematics:Archive";

    /// <summary>The most events one COPY commits; pending batches beyond it wait for the next commit. Default: 50,000.</summary>
    public int MaxEventsPerCommit { get; set; } = 50_000;

    /// <summary>COPY commits that may run at once, each on its own connection. Default: 2.</summary>
    public int Writers { get; set; } = 2;

    /// <summary>Monthly partitions kept created ahead of the current month. Default: 3.</summary>
    public int MonthsAhead { get; set; } = 3;

    /// <summary>
    /// Whole months of raw event partitions kept before the current month; older ones are detached (kept as tables, for
    /// archiving elsewhere) by the daily partition maintenance, as <c>partitions detach</c> does. Default: null, all kept.
    /// Trip summaries and driver state do not need the raw events once a trip is counted.
    /// </summary>
    public int? RetainMonths { get; set; }
}
