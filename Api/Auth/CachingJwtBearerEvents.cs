using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Telematics.Api.Auth;

/// <summary>
/// Answers a request whose bearer token validated before from <see cref="ValidatedTokenCache"/>, and fills it; either
/// way the token must still stand (<see cref="TokenCurrency"/>): a changed password, role or status refuses the
/// account's older tokens at once, and a rotated or revoked key its device's, cached or not, on every node.
/// </summary>
public sealed class CachingJwtBearerEvents(ValidatedTokenCache cache, TokenCurrency currency) : JwtBearerEvents
{
    private const string Scheme = "Bearer ";
    private const string Stale = "The token's account changed (password, role or status) after it was issued.";

    public override async Task MessageReceived(MessageReceivedContext context)
    {
        string? authorization = context.Request.Headers.Authorization;
        // The same reading of the header as JwtBearerHandler's, which validates the token on a miss.
        if (authorization is not null && authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && cache.TryGet(authorization[Scheme.Length..].Trim(), out var principal))
        {
            if (await currency.IsCurrentAsync(principal))
            {
                context.Principal = principal;
                context.Success();
            }
            else
            {
                cache.Remove(authorization[Scheme.Length..].Trim());
                context.Fail(Stale);
            }
        }
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        if (!await currency.IsCurrentAsync(context.Principal!))
        {
            context.Fail(Stale);
        }
        else if (context.SecurityToken is JsonWebToken token)
        {
            cache.Add(token.EncodedToken, context.Principal!, new DateTimeOffset(token.ValidTo, TimeSpan.Zero));
        }
    }
}
