using Microsoft.Extensions.Options;
using Telematics.Api.Web;

namespace Telematics.Api.Hosting;

/// <summary>
/// Headers on every response that tell a browser what the page may do: run only this origin's scripts, never be
/// framed (clickjacking), never guess a content type (a JSON answer is not run as a script).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The web app: scripts only from this origin and never inline (a driver's name with script in it stays text);
    /// its live connection (a WebSocket to this origin, which <c>'self'</c> covers); inline styles, which MudBlazor's
    /// theme and Leaflet's map panes set; images from this origin and, when configured, the map's tile server.
    /// </summary>
    public static string Policy(string? tileOrigin) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        $"img-src 'self' data:{(tileOrigin is null ? "" : " " + tileOrigin)}; connect-src 'self'; font-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference at /scalar configures itself with an inline module script and styles itself inline, and
    /// loads its fonts from Scalar's font host (without it, it falls back to the browser's).
    /// </summary>
    public const string ScalarPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data: https://fonts.scalar.com; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public const string ScalarPath = "/scalar";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = Policy(app.ApplicationServices.GetRequiredService<IOptions<WebOptions>>().Value.TileOrigin());
        return app.Use((http, next) =>
        {
            // At the start of the response rather than now: the exception handler clears the headers before it answers.
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments(ScalarPath) ? ScalarPolicy : policy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(http);
        });
    }
}
