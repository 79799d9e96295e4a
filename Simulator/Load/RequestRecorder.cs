using System.Collections.Concurrent;
using System.Diagnostics;

namespace Telematics.Simulator.Load;

/// <summary>
/// Records the outcome of each request of a measured window: latency from its scheduled time, status, and how
/// many events the API acknowledged, and how many of those it took for duplicates. Requests scheduled before the window (warm-up) are not recorded.
/// </summary>
public sealed class RequestRecorder(long windowStartTimestamp)
{
    private readonly ConcurrentBag<(long Scheduled, double Ms)> _latencies = [];
    private readonly ConcurrentBag<double> _sendLatenessMs = [];
    private readonly ConcurrentDictionary<string, int> _outcomes = new();
    private long _events;
    private long _duplicates;
    private long _lastAnswerTimestamp;

    public void Record(long scheduledTimestamp, string outcome, int events = 0, int duplicates = 0)
    {
        var now = Stopwatch.GetTimestamp();
        if (scheduledTimestamp < windowStartTimestamp)
        {
            return;
        }

        _latencies.Add((scheduledTimestamp, Stopwatch.GetElapsedTime(scheduledTimestamp, now).TotalMilliseconds));
        _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        Interlocked.Add(ref _events, events);
        Interlocked.Add(ref _duplicates, duplicates);
        InterlockedMax(ref _lastAnswerTimestamp, now);
    }

    /// <summary>
    /// Notes how late after its scheduled time the generator began sending a request. On a machine the generator shares
    /// with the system under test, a starved generator sends late, and that lateness is part of every latency it reports.
    /// </summary>
    public void RecordSendStart(long scheduledTimestamp)
    {
        if (scheduledTimestamp >= windowStartTimestamp)
        {
            _sendLatenessMs.Add(Stopwatch.GetElapsedTime(scheduledTimestamp).TotalMilliseconds);
        }
    }

    public long Events => Interlocked.Read(ref _events);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public IReadOnlyDictionary<string, int> Outcomes => _outcomes;

    public LatencySummary Latency => LatencySummary.Of(_latencies.Select(l => l.Ms));

    /// <summary>
    /// The 99th percentile of each <paramref name="window"/> of the measured time (by scheduled time), lowest first: how
    /// far one run's tail moves within itself, which a single p99 over the whole window hides.
    /// </summary>
    public IReadOnlyList<double> WindowP99Ms(TimeSpan window) =>
        [.. _latencies.GroupBy(l => (l.Scheduled - windowStartTimestamp) / (long)(window.TotalSeconds * Stopwatch.Frequency))
            .Select(w => LatencySummary.Of(w.Select(l => l.Ms)).P99Ms)
            .Order()];

    public LatencySummary SendLateness => LatencySummary.Of(_sendLatenessMs);

    /// <summary>From the window's start to the last answer: the time the window's work really took.</summary>
    public double ElapsedS => _lastAnswerTimestamp == 0 ? double.NaN : Stopwatch.GetElapsedTime(windowStartTimestamp, _lastAnswerTimestamp).TotalSeconds;

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
