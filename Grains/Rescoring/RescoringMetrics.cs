using System.Diagnostics.Metrics;

namespace Telematics.Rescoring;

/// <summary>
/// The "Telematics.Rescoring" meter: jobs running on this silo and the drivers they count, so an alert can tell a
/// running job that stopped making progress.
/// </summary>
public sealed class RescoringMetrics
{
    public const string MeterName = "Telematics.Rescoring";

    private readonly UpDownCounter<long> _running;
    private readonly Counter<long> _drivers;

    public RescoringMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _running = meter.CreateUpDownCounter<long>("telematics.rescoring.jobs.running", "{job}", "Rescoring jobs running pages on this silo");
        _drivers = meter.CreateCounter<long>("telematics.rescoring.drivers", "{driver}", "Drivers the rescoring jobs counted, by outcome (rescored or failed)");
    }

    public void JobRunning() => _running.Add(1);

    public void JobStopped() => _running.Add(-1);

    public void PageCounted(int rescored, int failed)
    {
        _drivers.Add(rescored, new KeyValuePair<string, object?>("outcome", "rescored"));
        _drivers.Add(failed, new KeyValuePair<string, object?>("outcome", "failed"));
    }
}
