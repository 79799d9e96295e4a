using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Telematics.Simulator.Load;

namespace Telematics.Simulator.Devices;

/// <summary>
/// Opens the idle connections (handshake only), then has the active devices send for the run's duration while the idle
/// ones stay open, and finally counts which connections the server still holds.
/// </summary>
public sealed class DeviceLoadRun(IPEndPoint server, DeviceLoadSettings settings, int? apiPid)
{
    /// <summary>Handshakes in flight at once: enough to open thousands in seconds without a burst of refused connects.</summary>
    private const int ConcurrentOpens = 64;

    /// <summary>How long past the duration the last acknowledgements may take before the run gives up on them.</summary>
    private static readonly TimeSpan AcknowledgementGrace = TimeSpan.FromSeconds(30);

    public async Task<DeviceLoadResult> RunAsync(
        IReadOnlyList<string> idleImeis, IReadOnlyList<(string Imei, VehicleEventStream Events)> active, double registrationS, CancellationToken cancellationToken)
    {
        var memoryBefore = ApiMemory();
        var opening = Stopwatch.StartNew();
        var (idle, failures) = await OpenIdleAsync(idleImeis, cancellationToken);
        var idleOpenS = opening.Elapsed.TotalSeconds;
        var memoryWithConnections = ApiMemory();
        Console.WriteLine($"{idle.Count:N0} idle connections open in {idleOpenS:F1} s ({failures.Values.Sum():N0} failed).");

        var devices = new List<ActiveDevice>(active.Count);
        try
        {
            foreach (var (imei, events) in active)
            {
                devices.Add(new ActiveDevice(await TeltonikaDeviceConnection.OpenAsync(server, imei, cancellationToken), events, settings));
            }

            var start = Stopwatch.GetTimestamp();
            var recorder = new RequestRecorder(start);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(settings.DurationS) + AcknowledgementGrace);
            // Devices start a fraction of an interval apart, as independent trackers would, rather than all in one burst.
            var stagger = settings.FrameIntervalS * Stopwatch.Frequency / devices.Count;
            var unsent = await Task.WhenAll(devices.Select((d, i) => d.RunAsync(start + (long)(i * stagger), recorder, deadline.Token)));
            return new DeviceLoadResult(settings, registrationS, idle.Count, failures, idleOpenS, recorder, unsent.Sum(),
                idle.Count(c => c.IsOpen), devices.Count(d => d.Connection.IsOpen), (memoryBefore, memoryWithConnections, ApiMemory()));
        }
        finally
        {
            foreach (var connection in idle.Concat(devices.Select(d => d.Connection)))
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task<(List<TeltonikaDeviceConnection> Open, IReadOnlyDictionary<string, int> Failures)> OpenIdleAsync(
        IReadOnlyList<string> imeis, CancellationToken cancellationToken)
    {
        var open = new ConcurrentBag<TeltonikaDeviceConnection>();
        var failures = new ConcurrentDictionary<string, int>();
        await Parallel.ForEachAsync(imeis, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentOpens, CancellationToken = cancellationToken }, async (imei, token) =>
        {
            try
            {
                open.Add(await TeltonikaDeviceConnection.OpenAsync(server, imei, token));
            }
            catch (Exception ex) when (ex is IOException or SocketException)
            {
                failures.AddOrUpdate(ex.Message, 1, (_, n) => n + 1);
            }
        });
        return ([.. open], failures);
    }

    private double? ApiMemory() => apiPid is { } pid ? ResidentMemory.MegabytesOf(pid) : null;
}
