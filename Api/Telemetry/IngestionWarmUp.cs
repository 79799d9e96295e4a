using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Telematics.Api.Telemetry;

/// <summary>
/// Reads a sample batch the way <c>POST /api/v1/telemetry/events</c> does, again and again for
/// <see cref="IngestionOptions.WarmUp"/>, before the node starts listening.
/// </summary>
/// <remarks>
/// A node that takes full load straight after starting reads its first batches with unoptimised code: at 200,000
/// events/s the backlog grew faster than the runtime could compile, and a just-started node answered at p99 7.5–7.8 s
/// over its first 20 s. With the batch reader compiled first it answered at p99 0.4–1.0 s (bench/results/cold-start.md).
/// Nothing here reaches a grain: the warm-up stores nothing.
/// </remarks>
public sealed class IngestionWarmUp(
    EventBatchReader batches, IOptions<IngestionOptions> options, TimeProvider time, ILogger<IngestionWarmUp> logger) : IHostedService
{
    private const int SampleEvents = 1_000;

    /// <summary>How many sample batches the warm-up read.</summary>
    public int BatchesRead { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var serializer = batches.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(SampleBatch(time.GetUtcNow()), serializer);
        var started = time.GetTimestamp();
        while (time.GetElapsedTime(started) < options.Value.WarmUp)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Through a pipe in small blocks, as Kestrel hands over a request body, so the multi-segment reader is compiled too.
            var reader = PipeReader.Create(new MemoryStream(body), new StreamPipeReaderOptions(bufferSize: 4096));
            var request = await JsonSerializer.DeserializeAsync<EventBatchRequest>(reader, serializer, cancellationToken);
            var (_, events, errors) = EventBatchValidator.Validate(request!, time.GetUtcNow(), options.Value);
            if (errors.Count > 0 || events.Count != SampleEvents)
            {
                throw new InvalidOperationException($"The warm-up batch must be valid, or the warm-up compiles the wrong path: {string.Join("; ", errors.Keys)}");
            }

            BatchesRead++;
        }

        logger.LogInformation("Ingestion warm-up: read {Batches} batches of {Events} events in {Seconds:F1} s", BatchesRead, SampleEvents, time.GetElapsedTime(started).TotalSeconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A 17-minute drive at 1 Hz, every field set, numbers at full precision as phones send them.</summary>
    private static EventBatchRequest SampleBatch(DateTimeOffset now)
    {
        var start = now.AddHours(-1);
        var events = Enumerable.Range(0, SampleEvents).Select(i => new EventDto
        {
            EventId = $"warm-up-{i}",
            Timestamp = start.AddSeconds(i),
            Latitude = 45.5 + i * 1.3179e-5 / 3,
            Longitude = -73.6 + i * 1.8311e-5 / 7,
            SpeedMps = 12 + Math.Sin(i / 9.0),
            HeadingDeg = (47 + i / 3.0) % 360,
            AccelLongMps2 = Math.Cos(i / 9.0) / 9,
            AccelLatMps2 = Math.Sin(i / 5.0) / 7,
            AccuracyM = 4.9,
            Ignition = true,
            SpeedLimitMps = 13.88888888888889,
            PhoneInUse = i % 50 == 0,
        });
        return new EventBatchRequest("warm-up", [.. events]);
    }
}
