using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Telematics.Api.Auth;

/// <summary>Answers a request whose bearer token validated before from <see cref="ValidatedTokenCache"/>, and fills it.</summary>
public sealed class CachingJwtBearerEvents(ValidatedTokenCache cache) : JwtBearerEvents
{
    private const string Scheme = "Bearer ";

    public override Task MessageReceived(MessageReceivedContext context)
    {
        string? authorization = context.Request.Headers.Authorization;
        // The same reading of the header as JwtBearerHandler's, which validates the token on a miss.
        if (authorization is not null && authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && cache.TryGet(authorization[Scheme.Length..].Trim(), out var principal))
        {
            context.Principal = principal;
            context.Success();
        }

        return Task.CompletedTask;
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        if (context.SecurityToken is JsonWebToken token)
        {
            cache.Add(token.EncodedToken, context.Principal!, new DateTimeOffset(token.ValidTo, TimeSpan.Zero));
        }

        return Task.CompletedTask;
    }
}
