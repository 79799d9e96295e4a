using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Telematics.Api.Auth;

namespace Telematics.Api.Web.Auth;

/// <summary>
/// A sign-in cookie stands only while it carries its account's current security stamp, checked on every request as
/// the bearer tokens are: a changed password, role or status signs the browser out at its next request.
/// </summary>
public sealed class SessionCookieEvents(AccountService accounts) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || !await accounts.IsCurrentAsync(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
