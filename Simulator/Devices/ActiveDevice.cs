using System.Diagnostics;
using Telematics.Simulator.Load;

namespace Telematics.Simulator.Devices;

/// <summary>
/// One tracker driving: frame k is due at start + k × interval (open loop), but, as on a real device, a frame goes only
/// after the previous one's acknowledgement. A late acknowledgement therefore delays the next frame, and its latency,
/// counted from the due time, shows the stall instead of hiding it (coordinated omission).
/// </summary>
public sealed class ActiveDevice(TeltonikaDeviceConnection connection, VehicleEventStream events, DeviceLoadSettings settings)
{
    public TeltonikaDeviceConnection Connection => connection;

    /// <returns>How many of the device's frames were never sent: the connection failed or time ran out first.</returns>
    public async Task<long> RunAsync(long startTimestamp, RequestRecorder recorder, CancellationToken cancellationToken)
    {
        var frames = settings.FramesPerDevice;
        for (long k = 0; k < frames; k++)
        {
            var due = startTimestamp + (long)(k * settings.FrameIntervalS * Stopwatch.Frequency);
            var frame = TeltonikaFrameEncoder.Frame(events.Take(settings.RecordsPerFrame));
            try
            {
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }
            }
            catch (OperationCanceledException)
            {
                return frames - k;
            }

            try
            {
                var acknowledged = await connection.SendAsync(frame, cancellationToken);
                recorder.Record(due, acknowledged == settings.RecordsPerFrame ? "acknowledged" : "wrong count", acknowledged);
            }
            catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or OperationCanceledException)
            {
                // Sent but never acknowledged: the connection failed, or the run's deadline passed while waiting.
                recorder.Record(due, ex is OperationCanceledException ? "no acknowledgement in time" : "connection lost");
                return frames - k - 1;
            }
        }

        return 0;
    }
}
