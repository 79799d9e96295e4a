using System.Security.Claims;
using Telematics.Api.Devices.Keys;

namespace Telematics.Api.Auth;

/// <summary>
/// Whether a signed-in principal's token still stands: a device token (it names a vehicle) against its device's key,
/// any other against its account's security stamp.
/// </summary>
public sealed class TokenCurrency(AccountService accounts, DeviceKeyService devices)
{
    public Task<bool> IsCurrentAsync(ClaimsPrincipal principal) =>
        principal.HasClaim(c => c.Type == TokenService.VehicleIdClaim) ? devices.IsCurrentAsync(principal) : accounts.IsCurrentAsync(principal);
}
