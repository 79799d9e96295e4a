using System.Diagnostics.Metrics;

namespace Telematics.Silo.Postgres;

/// <summary>The "Telematics.Archive" meter: the archive's group commits, what they carried, and how long they took.</summary>
public sealed class ArchiveMetrics
{
    public const string MeterName = "Telematics.Archive";

    private readonly Counter<long> _commits;
    private readonly Counter<long> _events;
    private readonly Histogram<double> _duration;

    public ArchiveMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _commits = meter.CreateCounter<long>("telematics.archive.commits", "{commit}", "Group commits of the event archive, by outcome (committed or failed)");
        _events = meter.CreateCounter<long>("telematics.archive.events", "{event}", "Events in the archive's group commits, by outcome");
        _duration = meter.CreateHistogram<double>(
            "telematics.archive.commit.duration", "s", "How long one group commit took, COPY and commit",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
    }

    /// <summary>An archive outside a host (the archive's own tests and benchmark): measured by a meter nobody registered.</summary>
    public static ArchiveMetrics Unregistered() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    public void Committed(int events, TimeSpan took) => Record("committed", events, took);

    public void Failed(int events, TimeSpan took) => Record("failed", events, took);

    private void Record(string outcome, int events, TimeSpan took)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        _commits.Add(1, tag);
        _events.Add(events, tag);
        _duration.Record(took.TotalSeconds, tag);
    }
}
