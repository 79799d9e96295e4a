using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Telematics.Api.Auth;

namespace Telematics.Api.Web.Auth;

/// <summary>
/// Two ways in, one set of accounts: the JSON API (<c>/api/*</c>) takes only bearer tokens, the web pages take the
/// sign-in cookie. A policy scheme picks per request, so an endpoint's authorization policy never names a scheme.
/// </summary>
public static class WebAuthentication
{
    public const string Scheme = "telematics";
    public const string CookieName = "telematics-session";
    public const string LoginPath = "/login";
    public const string AccessDeniedPath = "/access-denied";

    public static AuthenticationBuilder AddTelematicsAuthentication(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((cookie, auth) =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                // Strict: no other site's link or form carries the session, on top of the pages' antiforgery tokens.
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = auth.Value.TokenLifetime;
                cookie.SlidingExpiration = false;
                cookie.LoginPath = LoginPath;
                cookie.LogoutPath = "/account/logout";
                cookie.AccessDeniedPath = AccessDeniedPath;
                cookie.EventsType = typeof(SessionCookieEvents);
            });
        services.AddScoped<SessionCookieEvents>();
        return services
            .AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer token for the API, cookie for the pages", o => o.ForwardDefaultSelector = SchemeOf)
            .AddJwtBearer()
            .AddCookie();
    }

    /// <summary>
    /// The API is bearer-only, so a page's cookie never authorizes a call to it (no cross-site request can ride on it);
    /// elsewhere a request that brings a bearer token (a script reading the Orleans Dashboard) is read by it, else by the cookie.
    /// </summary>
    public static string SchemeOf(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") || http.Request.Headers.Authorization.Count > 0
            ? JwtBearerDefaults.AuthenticationScheme
            : CookieAuthenticationDefaults.AuthenticationScheme;
}
