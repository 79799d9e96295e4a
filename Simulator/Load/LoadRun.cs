using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Telematics.Simulator.Api;

namespace Telematics.Simulator.Load;

/// <summary>
/// Drives the API open loop: event batches at a fixed rate, round-robin over the vehicles, and score reads at
/// their own fixed rate. Every batch body is simulated and serialised before the clock starts, so that in the
/// measured window the generator only sends and times requests: on a shared machine its simulation took CPU from the
/// system under test (12–20 CPU-seconds per 25 s scenario). A batch goes with its vehicle's own device token when
/// there are <paramref name="vehicleTokens"/>, with <paramref name="device"/>'s login otherwise.
/// </summary>
public sealed class LoadRun(
    HttpClient device, HttpClient admin, IReadOnlyList<VehicleEventStream> vehicles, IReadOnlyList<string> driverIds, LoadSettings settings,
    IReadOnlyDictionary<string, AuthenticationHeaderValue> vehicleTokens)
{
    private static readonly TimeSpan Lead = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(15);
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private int _inFlight;

    public async Task<LoadResult> RunAsync(CancellationToken cancellationToken)
    {
        var payloads = Payloads();
        var pausedBefore = GC.GetTotalPauseDuration();
        var start = Stopwatch.GetTimestamp() + (long)(Lead.TotalSeconds * Stopwatch.Frequency);
        var windowStart = start + (long)(settings.WarmupS * Stopwatch.Frequency);
        var ingestion = new RequestRecorder(windowStart);
        var reads = new RequestRecorder(windowStart);
        await Task.WhenAll(
            settings.Batches == 0 ? Task.CompletedTask
                : OpenLoopSchedule.RunAsync(start, settings.Batches, 1 / settings.BatchesPerSecond, (k, due) => Track(IngestAsync(payloads[k], due, ingestion, cancellationToken)), cancellationToken),
            settings.Reads == 0 ? Task.CompletedTask
                : OpenLoopSchedule.RunAsync(start, settings.Reads, 1 / settings.ReadsPerSecond, (k, due) => Track(ReadAsync(driverIds[(int)(k % driverIds.Count)], due, reads, cancellationToken)), cancellationToken));

        var drained = Stopwatch.StartNew();
        while (Volatile.Read(ref _inFlight) > 0 && drained.Elapsed < DrainTimeout)
        {
            await Task.Delay(20, cancellationToken);
        }

        return new LoadResult(settings, ingestion, reads, Volatile.Read(ref _inFlight), GC.GetTotalPauseDuration() - pausedBefore);
    }

    private (byte[] Body, AuthenticationHeaderValue? Token)[] Payloads()
    {
        var payloads = new (byte[], AuthenticationHeaderValue?)[settings.Batches];
        for (long k = 0; k < settings.Batches; k++)
        {
            var vehicle = vehicles[(int)(k % vehicles.Count)];
            payloads[k] = (JsonSerializer.SerializeToUtf8Bytes(new EventBatch(vehicle.VehicleId, vehicle.Take(settings.BatchSize)), WireJson.Options),
                vehicleTokens.GetValueOrDefault(vehicle.VehicleId));
        }

        return payloads;
    }

    private void Track(Task request)
    {
        Interlocked.Increment(ref _inFlight);
        request.ContinueWith(_ => Interlocked.Decrement(ref _inFlight), TaskScheduler.Default);
    }

    private Task IngestAsync((byte[] Body, AuthenticationHeaderValue? Token) payload, long due, RequestRecorder recorder, CancellationToken cancellationToken) =>
        MeasureAsync(due, recorder, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/telemetry/events")
            {
                Content = new ByteArrayContent(payload.Body) { Headers = { ContentType = Json } },
                Headers = { Authorization = payload.Token },
            };
            using var response = await device.SendAsync(request, cancellationToken);
            var acknowledged = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<IngestAcknowledgement>(WireJson.Options, cancellationToken) : null;
            return (response.StatusCode, (acknowledged?.Accepted ?? 0) + (acknowledged?.Duplicates ?? 0), acknowledged?.Duplicates ?? 0);
        }, cancellationToken);

    private Task ReadAsync(string driverId, long due, RequestRecorder recorder, CancellationToken cancellationToken) =>
        MeasureAsync(due, recorder, async () =>
        {
            using var response = await admin.GetAsync($"/api/v1/risk/{driverId}/score", HttpCompletionOption.ResponseContentRead, cancellationToken);
            return (response.StatusCode, 0, 0);
        }, cancellationToken);

    /// <summary>Sends one request and records its answer, or why there was none, against its scheduled time.</summary>
    private static async Task MeasureAsync(long due, RequestRecorder recorder, Func<Task<(HttpStatusCode Status, int Events, int Duplicates)>> send, CancellationToken cancellationToken)
    {
        recorder.RecordSendStart(due);
        try
        {
            var (status, events, duplicates) = await send();
            recorder.Record(due, ((int)status).ToString(), events, duplicates);
        }
        catch (HttpRequestException ex)
        {
            recorder.Record(due, ex.HttpRequestError.ToString());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            recorder.Record(due, "Timeout");
        }
    }
}
