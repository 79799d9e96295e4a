using BenchmarkDotNet.Attributes;
using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.Benchmarks.Trips;

/// <summary>
/// Feature extraction over a 1 Hz trip of random but plausible driving: speeds wandering between 0 and
/// 35 m/s, accelerometer noise with occasional harsh manoeuvres, heading changes.
/// </summary>
[MemoryDiagnoser]
public class TripFeatureExtractionBenchmarks
{
    private readonly TripFeatureOptions _featureOptions = new();
    private readonly TelemetryCleaningOptions _cleaningOptions = new();
    private TelematicsEvent[] _events = [];
    private CleanedTelemetry _cleaned = null!;

    /// <summary>Events in the trip: one hour and ten hours at 1 Hz.</summary>
    [Params(3_600, 36_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _events = RandomTrip(new Random(20260105), Events);
        _cleaned = TelemetryCleaner.Clean(_events, _cleaningOptions);
    }

    [Benchmark(Baseline = true)]
    public TripFeatures PreviousExtract() => PreviousTripFeatureExtractor.Extract(_events);

    [Benchmark]
    public TripFeatures Extract() => TripFeatureExtractor.Extract(_cleaned, _featureOptions);

    [Benchmark]
    public TripFeatures CleanAndExtract() => TripFeatureExtractor.Extract(TelemetryCleaner.Clean(_events, _cleaningOptions), _featureOptions);

    private static TelematicsEvent[] RandomTrip(Random random, int count)
    {
        const double metresPerDegree = 111_195.08;
        var events = new TelematicsEvent[count];
        var time = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
        double latitude = 45.5, longitude = -73.6, speed = 10, heading = 90;
        for (var i = 0; i < count; i++)
        {
            var harsh = random.Next(200) == 0 ? (random.NextDouble() * 2 - 1) * 7 : 0;
            var accelLong = harsh + (random.NextDouble() - 0.5);
            var accelLat = (random.Next(150) == 0 ? (random.NextDouble() * 2 - 1) * 6 : 0) + (random.NextDouble() - 0.5);
            events[i] = new TelematicsEvent(time, latitude, longitude, speed, heading, accelLong, accelLat, 5, true);

            speed = Math.Clamp(speed + accelLong, 0, 35);
            heading = (heading + accelLat * 5 + 360) % 360;
            var radians = heading * Math.PI / 180;
            latitude += speed * Math.Cos(radians) / metresPerDegree;
            longitude += speed * Math.Sin(radians) / (metresPerDegree * Math.Cos(latitude * Math.PI / 180));
            time = time.AddSeconds(1);
        }

        return events;
    }
}
