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

    /// <summary>The vehicle a device token may write for; only device tokens carry it.</summary>
    public const string VehicleIdClaim = "vehicle_id";

    /// <summary>
    /// The account's security stamp when the token was issued (<see cref="Account.SecurityStamp"/>), or for a device
    /// token the id of the key it was exchanged for.
    /// </summary>
    public const string StampClaim = "stamp";

    public static SymmetricSecurityKey KeyOf(AuthOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));

    public (string Token, DateTimeOffset ExpiresAt) Issue(Account account)
    {
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

        return Issue(claims, options.Value.TokenLifetime);
    }

    /// <summary>A device's token: it writes for <paramref name="vehicleId"/> only, while the key <paramref name="keyId"/> stands.</summary>
    public (string Token, DateTimeOffset ExpiresAt) IssueDevice(string deviceId, string vehicleId, string keyId) => Issue(
        new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = deviceId,
            [ClaimTypes.Role] = Roles.Device,
            [VehicleIdClaim] = vehicleId,
            [StampClaim] = keyId,
        },
        options.Value.DeviceTokenLifetime);

    private (string Token, DateTimeOffset ExpiresAt) Issue(Dictionary<string, object> claims, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        var expires = now + lifetime;
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
