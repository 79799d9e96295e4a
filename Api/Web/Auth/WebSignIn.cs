using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Ids;

namespace Telematics.Api.Web.Auth;

/// <summary>
/// The sign-in form's work, with the JSON login's rules: the id grammar and password length first, the username's
/// lockout before its password, one password hash per attempt, and the attempt in the audit trail as the status sent
/// (302 signed in, 400, 401, 429 not recorded, as for the API).
/// </summary>
public sealed class WebSignIn(AccountService accounts, LoginThrottle throttle, IOptions<LoginOptions> options)
{
    public sealed record Outcome(bool SignedIn, int Status, string? Error);

    public async Task<Outcome> SignInAsync(HttpContext http, string? username, string? password)
    {
        http.AuditDetails().Actor = AuditSummary.Cut(username ?? "");
        if (username is null || !EntityId.IsValid(username) || string.IsNullOrEmpty(password) || password.Length > options.Value.MaxPasswordLength)
        {
            return new Outcome(false, StatusCodes.Status400BadRequest, "Enter your username and password.");
        }

        if (throttle.LockedFor(username) is { } locked)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(locked.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new Outcome(false, StatusCodes.Status429TooManyRequests, $"Too many wrong passwords for this username. Try again in {Math.Ceiling(locked.TotalSeconds):0} s.");
        }

        var account = await accounts.VerifyAsync(username, password);
        if (account is null)
        {
            throttle.Failed(username);
            return new Outcome(false, StatusCodes.Status401Unauthorized, "Unknown username or wrong password.");
        }

        throttle.Succeeded(username);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionPrincipal.Of(account));
        return new Outcome(true, StatusCodes.Status302Found, null);
    }

    /// <summary>Where to go after signing in: a path of this site only, so a crafted link cannot send the user elsewhere.</summary>
    public static string LocalReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 1 } && returnUrl[0] == '/' && returnUrl[1] is not '/' and not '\\' ? returnUrl : "/";
}
