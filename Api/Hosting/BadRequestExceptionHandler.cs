using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Telematics.Api.Hosting;

/// <summary>
/// Answers a request the framework could not bind or read (<see cref="BadHttpRequestException"/>) with problem details
/// at the exception's status, a 400 naming the field that failed: <c>limit</c> for a query value that is not a number,
/// <c>rating.insuredAge</c> for a body field of the wrong type. Without it such a request answered 500 in Development
/// and a 400 naming nothing in Production.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var details = bad.StatusCode == StatusCodes.Status400BadRequest
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [FieldOf(bad)] = [(bad.InnerException as JsonException)?.Message ?? bad.Message] })
            : new ProblemDetails { Detail = bad.Message };
        details.Status = bad.StatusCode;
        details.Title ??= "The request could not be read.";
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    /// <summary>
    /// The JSON path of a body that failed to deserialize, else the parameter the framework's message names
    /// (<c>Failed to bind parameter "int? limit" from "abc".</c>), else <c>$</c>, the request as a whole.
    /// </summary>
    private static string FieldOf(BadHttpRequestException exception) =>
        exception.InnerException is JsonException json ? JsonFieldPath.Of(json)
        : ParameterName().Match(exception.Message) is { Success: true } match ? match.Groups["name"].Value
        : "$";

    [GeneratedRegex(@"parameter ""(?:[^""]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
