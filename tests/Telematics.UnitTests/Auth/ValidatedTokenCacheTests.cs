using System.Security.Claims;
using Microsoft.Extensions.Time.Testing;
using Telematics.Api.Auth;

namespace Telematics.UnitTests.Auth;

public sealed class ValidatedTokenCacheTests
{
    private static readonly ClaimsPrincipal Driver = new(new ClaimsIdentity([new Claim("sub", "DRV-0001")], "Bearer"));

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_validated_token_is_answered_until_it_expires()
    {
        using var cache = new ValidatedTokenCache(time);
        cache.Add("header.payload.signature", Driver, time.GetUtcNow().AddHours(1));

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.True(cache.TryGet("header.payload.signature", out var principal));
        Assert.Same(Driver, principal);

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(cache.TryGet("header.payload.signature", out _));
    }

    [Fact]
    public void A_token_differing_in_one_character_is_not_answered()
    {
        using var cache = new ValidatedTokenCache(time);
        cache.Add("header.payload.signature", Driver, time.GetUtcNow().AddHours(1));

        Assert.False(cache.TryGet("header.payload.signaturf", out _));
        Assert.False(cache.TryGet("header.payload.signature ", out _));
    }

    [Fact]
    public void A_token_already_expired_is_not_kept()
    {
        using var cache = new ValidatedTokenCache(time);
        cache.Add("header.payload.signature", Driver, time.GetUtcNow());

        Assert.False(cache.TryGet("header.payload.signature", out _));
    }
}
