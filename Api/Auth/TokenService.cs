using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Telematics.Accounts;

namespace Telematics.Api.Auth;

public sealed class TokenService(IOptions<AuthOptions> options, TimeProvider time)
{
    public const string DriverIdClaim = "driver_id";

    /// <summary>The account's security stamp when the token was issued (<see cref="Account.SecurityStamp"/>).</summary>
    public const string StampClaim = "stamp";

    public static SymmetricSecurityKey KeyOf(AuthOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));

    public (string Token, DateTimeOffset ExpiresAt) Issue(Account account)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.TokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = account.Username,
            [ClaimTypes.Role] = account.Role,
            [StampClaim] = account.SecurityStamp ?? "",
        };
        if (account.DriverId is not null)
        {
            claims[DriverIdClaim] = account.DriverId;
        }

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Issuer,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(KeyOf(options.Value), SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
