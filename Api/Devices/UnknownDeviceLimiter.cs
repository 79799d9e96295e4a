using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Telematics.Api.Hosting;

namespace Telematics.Api.Devices;

/// <summary>
/// Counts, per client address, the device ids it named that nobody registered; an address that has spent its
/// allowance is refused every lookup until the allowance refills. For OsmAnd and UDP the device id is the only
/// credential, so this is what stops an address from guessing ids, and it bounds the lookups one address makes for strangers.
/// </summary>
/// <remarks>
/// Refusals are counted, not requests: many registered devices may share one address behind a carrier's NAT, and they
/// are left alone until someone at that address starts guessing. The partitioned limiter drops an address's bucket
/// soon after it is full again, so even spoofed UDP sources take memory only while they are being refused.
/// </remarks>
public sealed class UnknownDeviceLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _limiter;

    public UnknownDeviceLimiter(IOptions<DeviceOptions> options)
    {
        var (allowance, refill) = (options.Value.UnknownDeviceAllowance, options.Value.UnknownDeviceRefill);
        RetryAfter = refill;
        _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = allowance, TokensPerPeriod = 1, ReplenishmentPeriod = refill, AutoReplenishment = true, QueueLimit = 0,
            }));
    }

    /// <summary>The longest a spent address waits for its next lookup: one refill.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>True while <paramref name="address"/> may not look up any device.</summary>
    public bool IsSpent(IPAddress? address)
    {
        // Whole tokens only: the bucket refills continuously, and asking for zero tokens succeeds on any fraction of
        // one, which let a spent address look up devices again a moment after it had spent its allowance.
        return _limiter.GetStatistics(ClientAddress.Of(address)) is { CurrentAvailablePermits: < 1 };
    }

    /// <summary>Spends one of <paramref name="address"/>'s allowance on a device nobody registered.</summary>
    public void Refused(IPAddress? address) => _limiter.AttemptAcquire(ClientAddress.Of(address)).Dispose();

    public void Dispose() => _limiter.Dispose();
}
