using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Telematics.Api.Auth;

/// <summary>
/// Locks a username after <see cref="LoginOptions.FailuresBeforeLockout"/> wrong passwords in a row, for
/// <see cref="LoginOptions.Lockout"/> doubled by each further failure up to <see cref="LoginOptions.MaxLockout"/>;
/// a right password clears it. In memory, per node, and bounded: past <see cref="Capacity"/> usernames the cache
/// refuses new entries until it has compacted, so a spray of usernames cannot grow the process.
/// </summary>
/// <remarks>
/// Only usernames that passed the id grammar (64 characters at most) are tracked. A lockout also stops the rightful
/// owner; that is the price of stopping a guesser, and it ends on its own.
/// </remarks>
public sealed class LoginThrottle(IOptions<LoginOptions> options, TimeProvider time) : IDisposable
{
    public const int Capacity = 10_000;

    private readonly MemoryCache failures = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>How long the username stays locked, or null when it may try now.</summary>
    public TimeSpan? LockedFor(string username)
    {
        if (!failures.TryGetValue(username, out Failures? entry))
        {
            return null;
        }

        lock (entry!)
        {
            var left = entry.LockedUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    public void Failed(string username)
    {
        var entry = failures.GetOrCreate(username, e =>
        {
            e.Size = 1;
            e.SlidingExpiration = options.Value.MaxLockout;
            return new Failures();
        })!;
        lock (entry)
        {
            entry.Count++;
            var beyond = entry.Count - options.Value.FailuresBeforeLockout;
            if (beyond >= 0)
            {
                // In doubles, so that a long run of failures reaches the cap instead of overflowing a TimeSpan.
                var ticks = Math.Min(options.Value.Lockout.Ticks * Math.Pow(2, beyond), options.Value.MaxLockout.Ticks);
                entry.LockedUntil = time.GetUtcNow() + TimeSpan.FromTicks((long)ticks);
            }
        }
    }

    public void Succeeded(string username) => failures.Remove(username);

    public void Dispose() => failures.Dispose();

    private sealed class Failures
    {
        public int Count { get; set; }
        public DateTimeOffset LockedUntil { get; set; }
    }
}
