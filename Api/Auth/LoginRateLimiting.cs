using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Telematics.Api.Hosting;

namespace Telematics.Api.Auth;

public static class LoginRateLimiting
{
    public const string Policy = "login";

    /// <summary>
    /// Limits login attempts per client address with a token bucket of <see cref="LoginOptions.AttemptsPerAddressPerMinute"/>
    /// refilled evenly over a minute: each attempt costs a password hash (~50 ms of a core), so a flood from one
    /// address is refused cheaply instead of starving every other request. Per username, <see cref="LoginThrottle"/> locks.
    /// </summary>
    /// <remarks>
    /// The address is the connection's, counted as the device ports count it (<see cref="ClientAddress"/>: IPv6 by its
    /// /64, where a client may pick a new address for every attempt); behind a reverse proxy every client shares the
    /// proxy's, until forwarded headers are trusted.
    /// </remarks>
    public static IServiceCollection AddLoginRateLimiting(this IServiceCollection services) => services.AddRateLimiter(limiter =>
    {
        limiter.AddPolicy(Policy, http =>
        {
            var perMinute = http.RequestServices.GetRequiredService<IOptions<LoginOptions>>().Value.AttemptsPerAddressPerMinute;
            return RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(http.Connection.RemoteIpAddress), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
                QueueLimit = 0,
            });
        });
        limiter.OnRejected = (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
            return new ValueTask(TooManyAttempts.Answer(context.HttpContext, retryAfter, "Too many logins from this address.").ExecuteAsync(context.HttpContext));
        };
    });
}
