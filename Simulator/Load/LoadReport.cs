using System.Globalization;

namespace Telematics.Simulator.Load;

/// <summary>A load run as a markdown table row, so that runs of a harness sit one under another.</summary>
public static class LoadReport
{
    public const string Header =
        "| scenario | offered events/s | batch | acknowledged events/s | duplicates among them (events) | ack p50 / p95 / p99 / max (ms) | ingest outcomes | offered reads/s | read p50 / p95 / p99 / max (ms) | read outcomes | p99 of each 5 s, lowest–highest (ms): batches / reads | unanswered | generator GC pauses (s) | generator sent late, p99 (ms): batches / reads |\n" +
        "|---|---:|---:|---:|---:|---|---|---:|---|---|---|---:|---:|---|";

    public static string Row(string scenario, LoadResult result)
    {
        var s = result.Settings;
        var ingest = result.Ingestion;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {scenario} | {s.EventsPerSecond:N0} | {s.BatchSize} | {Acknowledged(ingest)} | {ingest.Duplicates:N0} | {Latencies(ingest.Latency)} | {Outcomes(ingest)} | {s.ReadsPerSecond:N0} | {Latencies(result.Reads.Latency)} | {Outcomes(result.Reads)} | {WindowSpread(ingest)} / {WindowSpread(result.Reads)} | {result.Unanswered} | {result.GeneratorGcPause.TotalSeconds:F2} | {Late(ingest)} / {Late(result.Reads)} |");
    }

    private static string Acknowledged(RequestRecorder ingest) =>
        double.IsNaN(ingest.ElapsedS) ? "–" : (ingest.Events / ingest.ElapsedS).ToString("N0", CultureInfo.InvariantCulture);

    private static string Latencies(LatencySummary l) =>
        l.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{l.P50Ms:F1} / {l.P95Ms:F1} / {l.P99Ms:F1} / {l.MaxMs:F0}");

    private static readonly TimeSpan SpreadWindow = TimeSpan.FromSeconds(5);

    private static string WindowSpread(RequestRecorder recorder) =>
        recorder.WindowP99Ms(SpreadWindow) is { Count: > 0 } p99s ? string.Create(CultureInfo.InvariantCulture, $"{p99s[0]:F1}–{p99s[^1]:F1}") : "–";

    private static string Late(RequestRecorder recorder) =>
        recorder.SendLateness is { Count: > 0 } l ? l.P99Ms.ToString("F1", CultureInfo.InvariantCulture) : "–";

    private static string Outcomes(RequestRecorder recorder) =>
        recorder.Outcomes.Count == 0 ? "–" : string.Join(", ", recorder.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}×{o.Value}"));
}
