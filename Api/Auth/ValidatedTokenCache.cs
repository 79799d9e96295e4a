using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace Telematics.Api.Auth;

/// <summary>
/// The principal of each bearer token that passed validation, until the token expires: a client's later requests skip
/// the signature check and the parsing of its claims, 15 % of the API's CPU samples for a score read. Keyed by the
/// whole encoded token, so a token altered in any character misses and is validated in full.
/// </summary>
/// <remarks>
/// The principal is shared by the requests that present its token; nothing in the pipeline changes a principal
/// (no claims transformation is registered), so sharing it is safe.
/// </remarks>
public sealed class ValidatedTokenCache(TimeProvider time) : IDisposable
{
    /// <summary>Past this many tokens the least recently used are dropped, to be validated again if they return.</summary>
    public const int Capacity = 10_000;

    /// <summary>A token unused this long is dropped, so a busy node keeps the tokens of its active clients only.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache tokens = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public bool TryGet(string token, [NotNullWhen(true)] out ClaimsPrincipal? principal)
    {
        principal = tokens.TryGetValue(token, out Entry? entry) && entry!.ExpiresAt > time.GetUtcNow() ? entry.Principal : null;
        return principal is not null;
    }

    public void Add(string token, ClaimsPrincipal principal, DateTimeOffset expiresAt)
    {
        if (expiresAt > time.GetUtcNow())
        {
            tokens.Set(token, new Entry(principal, expiresAt), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = IdleLifetime });
        }
    }

    /// <summary>Drops a token whose account changed, so that it is validated in full if it comes back.</summary>
    public void Remove(string token) => tokens.Remove(token);

    public void Dispose() => tokens.Dispose();

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset ExpiresAt);
}
