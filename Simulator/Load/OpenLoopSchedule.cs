using System.Diagnostics;

namespace Telematics.Simulator.Load;

/// <summary>
/// Fires request k at start + k × interval whatever the earlier ones are doing (open loop), handing each its
/// scheduled time, so that latency counts from when the request should have gone: a slow answer cannot hold back
/// the next requests and hide its own cost (coordinated omission).
/// </summary>
public static class OpenLoopSchedule
{
    /// <summary>Waits shorter than this are not worth a timer, whose resolution is about a millisecond.</summary>
    private static readonly long MinimumWaitTicks = Stopwatch.Frequency / 1000;

    public static async Task RunAsync(long startTimestamp, long count, double intervalS, Action<long, long> fire, CancellationToken cancellationToken)
    {
        for (long k = 0; k < count && !cancellationToken.IsCancellationRequested; k++)
        {
            var due = startTimestamp + (long)(k * intervalS * Stopwatch.Frequency);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > MinimumWaitTicks)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), cancellationToken);
            }

            fire(k, due);
        }
    }
}
