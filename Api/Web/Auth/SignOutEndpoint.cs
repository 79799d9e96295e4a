using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Telematics.Api.Audit;

namespace Telematics.Api.Web.Auth;

public static class SignOutEndpoint
{
    public const string Path = "/account/logout";

    /// <summary>A form post (antiforgery-checked, as every form is): a link or an image cannot sign a user out.</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Path, async (HttpContext http) =>
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return Results.LocalRedirect(WebAuthentication.LoginPath);
            })
            .WithName("WebSignOut").ExcludeFromDescription().Audited("session")
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return routes;
    }
}
