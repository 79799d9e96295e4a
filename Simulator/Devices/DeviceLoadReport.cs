using System.Globalization;
using Telematics.Simulator.Load;

namespace Telematics.Simulator.Devices;

/// <summary>A <c>devices</c> run as markdown lines, ready to paste into bench/results.</summary>
public static class DeviceLoadReport
{
    public static IEnumerable<string> Lines(DeviceLoadResult result)
    {
        var s = result.Settings;
        var frames = result.Frames;
        var latency = frames.Latency;
        var memory = result.ApiMemoryMb;
        // The last frames are due just before the end of the duration; dividing by less would overstate the rate.
        var elapsedS = Math.Max(s.DurationS, frames.ElapsedS);
        string[] lines =
        [
            "| measure | result |",
            "|---|---|",
            $"| registration ({s.IdleConnections + s.ActiveDevices:N0} devices, {s.ActiveDevices} vehicles) | {result.RegistrationS:F1} s |",
            $"| idle connections opened (handshake acknowledged) | {result.IdleOpened:N0} of {s.IdleConnections:N0} in {result.IdleOpenS:F1} s{Failures(result.IdleFailures)} |",
            $"| offered | {s.RecordsPerSecond:N0} records/s from {s.ActiveDevices} devices, {s.RecordsPerFrame} records per frame, a frame every {s.FrameIntervalS * 1000:F0} ms per device, {s.DurationS:N0} s |",
            $"| acknowledged | {frames.Events:N0} records in {elapsedS:F1} s = **{frames.Events / elapsedS:N0} records/s** |",
            $"| acknowledgement latency from the due time, p50 / p95 / p99 / max | {Ms(latency.P50Ms)} / {Ms(latency.P95Ms)} / {Ms(latency.P99Ms)} / {Ms(latency.MaxMs)} ms ({latency.Count:N0} frames) |",
            $"| frame outcomes | {string.Join(", ", frames.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} × {o.Value:N0}"))}; never sent: {result.FramesUnsent:N0} |",
            $"| connections still open at the end | idle {result.IdleStillOpen:N0} of {result.IdleOpened:N0}, active {result.ActiveStillOpen} of {s.ActiveDevices} |",
        ];
        return memory.Before is null
            ? lines
            : [.. lines, $"| Api resident memory: before → with the connections open → end | {Mb(memory.Before)} → {Mb(memory.WithConnections)} → {Mb(memory.End)} MB |"];
    }

    private static string Failures(IReadOnlyDictionary<string, int> failures) =>
        failures.Count == 0 ? "" : "; failed: " + string.Join(", ", failures.Select(f => $"{f.Key} × {f.Value:N0}"));

    private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);

    private static string Mb(double? mb) => mb?.ToString("F0", CultureInfo.InvariantCulture) ?? "?";
}
