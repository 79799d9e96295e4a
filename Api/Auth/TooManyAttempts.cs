using Microsoft.AspNetCore.Http.HttpResults;

namespace Telematics.Api.Auth;

/// <summary>The 429 answer of both login limits: problem details, and Retry-After in whole seconds, rounded up.</summary>
public static class TooManyAttempts
{
    public static ProblemHttpResult Answer(HttpContext http, TimeSpan retryAfter, string detail)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem($"{detail} Try again in {seconds} s.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many login attempts");
    }
}
