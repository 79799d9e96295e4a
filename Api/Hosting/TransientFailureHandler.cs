using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Telematics.Silo.Hosting;
using Telematics.Storage;

namespace Telematics.Api.Hosting;

/// <summary>
/// Answers a transient failure (<see cref="TransientFailures"/>) with 503 and Retry-After, for every endpoint and the
/// OsmAnd port: a device resends on 503, while a 500 told it the batch was bad and lost it. Anything else stays a 500.
/// </summary>
public sealed class TransientFailureHandler(ITransientFailureClassifier failures, IProblemDetailsService problems, ILogger<TransientFailureHandler> logger) : IExceptionHandler
{
    /// <summary>A PostgreSQL restart or a lost silo was over in 3–6 s in the tests of issue 29.</summary>
    public const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!failures.IsTransient(exception))
        {
            return false;
        }

        logger.LogWarning("{Method} {Path} answered 503 after a transient failure: {Reason}", http.Request.Method, http.Request.Path, exception.Message);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Temporarily unavailable; resend",
                Detail = "The cluster or its database failed for a moment and the request was not completed. Resend it after Retry-After; what it already stored counts as duplicates.",
            },
        });
    }
}
