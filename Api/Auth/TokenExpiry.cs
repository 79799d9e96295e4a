using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Telematics.Api.Auth;

public static class TokenExpiry
{
    /// <summary>
    /// When the bearer's token expires, from its <c>exp</c> claim: the same whether the principal came from a full
    /// validation or from <see cref="ValidatedTokenCache"/>, which keeps the token's claims.
    /// </summary>
    public static DateTimeOffset? Of(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst(JwtRegisteredClaimNames.Exp)?.Value, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
