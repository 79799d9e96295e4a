using System.Security.Claims;
using Telematics.Api.Auth;

namespace Telematics.Api.Live;

/// <summary>
/// Ends a live stream whose account changed after it opened (password, role, disabled): every <see cref="Interval"/>
/// it asks whether the stream's token still carries the account's security stamp, one grain call per open stream.
/// </summary>
public static class StampWatch
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(ClaimsPrincipal user, TokenCurrency currency, TimeProvider time, CancellationTokenSource stale, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                if (!await currency.IsCurrentAsync(user))
                {
                    await stale.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The stream ended for another reason.
        }
    }
}
