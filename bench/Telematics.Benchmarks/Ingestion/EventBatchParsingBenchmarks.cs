extern alias api;

using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using api::Telematics.Api.Telemetry;
using BenchmarkDotNet.Attributes;
using Telematics.Simulator.Api;
using Telematics.Simulator.Driving;
using Telematics.UnitTests.Devices.Teltonika;

namespace Telematics.Benchmarks.Ingestion;

/// <summary>
/// Reading one batch as <c>POST /api/v1/telemetry/events</c> does: System.Text.Json into the Api's nullable DTO,
/// then <see cref="EventBatchValidator"/>. The batch is a simulated risky driver's trip at 1 Hz, serialised as the
/// simulator sends it. Baseline: only tokenising the same bytes, the least any JSON reading can cost.
/// </summary>
[MemoryDiagnoser]
public class EventBatchParsingBenchmarks
{
    private const int KestrelBlockSize = 4096;
    private static readonly JsonSerializerOptions Web = JsonSerializerOptions.Web;
    private readonly IngestionOptions _options = new();
    private byte[] _body = [];
    private ReadOnlySequence<byte> _segmentedBody;
    private EventBatchRequest _request = null!;
    private DateTimeOffset _now;

    [Params(1_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        var generator = new TripGenerator(new Random(20260105));
        var start = new DateTimeOffset(2026, 1, 5, 7, 30, 0, TimeSpan.Zero);
        var events = Enumerable.Range(0, int.MaxValue)
            .SelectMany(i => generator.Generate(DrivingProfile.Risky, start.AddHours(i), 45.5, -73.6, legs: 12).Events)
            .Take(Events)
            .ToList();
        _body = JsonSerializer.SerializeToUtf8Bytes(new EventBatch("VEH-0001", events), WireJson.Options);
        _segmentedBody = Segments.Of(_body, Enumerable.Range(1, _body.Length / KestrelBlockSize).Select(i => i * KestrelBlockSize).ToArray());
        _request = Deserialize();
        _now = events[^1].Timestamp.AddMinutes(1);
    }

    [Benchmark(Baseline = true)]
    public int Tokenise()
    {
        var reader = new Utf8JsonReader(_body);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public EventBatchRequest Deserialize() => JsonSerializer.Deserialize<EventBatchRequest>(_body, Web)!;

    [Benchmark]
    public int Validate() => EventBatchValidator.Validate(_request, _now, _options).Events.Count;

    [Benchmark]
    public int DeserializeAndValidate() => EventBatchValidator.Validate(Deserialize(), _now, _options).Events.Count;

    /// <summary>As the endpoint reads it: asynchronously from a pipe whose body arrives in Kestrel's 4 KB blocks.</summary>
    [Benchmark]
    public async Task<int> DeserializeFromPipeAndValidate()
    {
        var body = PipeReader.Create(_segmentedBody);
        var request = await JsonSerializer.DeserializeAsync<EventBatchRequest>(body, Web);
        return EventBatchValidator.Validate(request!, _now, _options).Events.Count;
    }
}
