using BenchmarkDotNet.Attributes;
using Telematics.Telemetry;
using Telematics.Trips;
using Telematics.Vehicles;

namespace Telematics.Benchmarks.Vehicles;

/// <summary>
/// What a vehicle does with one batch before any trip sees it: split it where trips end, then route each fix to its
/// trip by fix time, against the filter it ran before (drop every fix at or before the last trip's end, then split).
/// </summary>
[MemoryDiagnoser]
public class FixRoutingBenchmarks
{
    private readonly TimeSpan _maxGap = new TripOptions().MaxGap;
    private TelematicsEvent[] _batch = [];
    private ClosingTrip[] _closing = [];
    private DateTimeOffset _lastTripEndedAt;

    /// <summary>Fixes in the batch, 1 Hz.</summary>
    [Params(100, 1_000)]
    public int BatchSize { get; set; }

    /// <summary>Trips of the vehicle waiting out their reorder window, each ending inside the batch.</summary>
    [Params(0, 4)]
    public int ClosingTrips { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        var start = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
        _batch = [.. Enumerable.Range(0, BatchSize).Select(i => new TelematicsEvent(start.AddSeconds(i), 45.5 + i * 1e-4, -73.6, 20, 0, 0, 0, 5, true))];
        _lastTripEndedAt = start.AddSeconds(-60);
        _closing = [.. Enumerable.Range(1, ClosingTrips).Select(n => new ClosingTrip($"VEH-1-T{n:D6}", start.AddSeconds(n * BatchSize / (ClosingTrips + 1))))];
    }

    [Benchmark(Baseline = true)]
    public int PreviousFilterAndSplit() =>
        TripSegmenter.Split(_batch.Where(e => e.Timestamp > _lastTripEndedAt).ToList(), _maxGap).Count;

    [Benchmark]
    public int SplitAndRoute() =>
        TripSegmenter.Split(_batch, _maxGap).Sum(segment => FixRouting.Split(segment.Events, _closing, "VEH-1-T000000", _lastTripEndedAt).Count);
}
