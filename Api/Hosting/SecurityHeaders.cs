namespace Telematics.Api.Hosting;

/// <summary>
/// Headers on every response that tell a browser what the page may do: run only this origin's scripts and styles,
/// never be framed (clickjacking), never guess a content type (a JSON answer is not run as a script).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The dashboard (wwwroot) loads app.js and app.css and inlines neither, so it needs nothing more.</summary>
    public const string Policy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference at /scalar configures itself with an inline module script and styles itself inline, and
    /// loads its fonts from Scalar's font host (without it, it falls back to the browser's).
    /// </summary>
    public const string ScalarPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data: https://fonts.scalar.com; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public const string ScalarPath = "/scalar";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // At the start of the response rather than now: the exception handler clears the headers before it answers.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments(ScalarPath) ? ScalarPolicy : Policy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(http);
    });
}
