using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Telematics.Accounts;
using Telematics.Api.Auth;

namespace Telematics.Api.Web.Auth;

/// <summary>The sign-in cookie's principal: the same claims as a bearer token's, so every policy reads both alike.</summary>
public static class SessionPrincipal
{
    public static ClaimsPrincipal Of(Account account)
    {
        var claims = new List<Claim>
        {
            new("sub", account.Username),
            new(ClaimTypes.Role, account.Role),
            new(TokenService.StampClaim, account.SecurityStamp ?? ""),
        };
        if (account.DriverId is not null)
        {
            claims.Add(new Claim(TokenService.DriverIdClaim, account.DriverId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, "sub", ClaimTypes.Role));
    }

    public static string Name(this ClaimsPrincipal user) => user.FindFirstValue("sub") ?? "";

    public static string? DriverId(this ClaimsPrincipal user) => user.FindFirstValue(TokenService.DriverIdClaim);
}
