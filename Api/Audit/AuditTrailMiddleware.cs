using System.Security.Claims;
using Telematics.Api.Hosting;
using Telematics.Audit;
using Telematics.Portfolio;

namespace Telematics.Api.Audit;

/// <summary>
/// Records a request in the audit trail once its status is final: it runs outside the exception handlers, so a
/// handler's 201 that became a 500 (or a 503 from <see cref="TransientFailureHandler"/>) is recorded as what was sent.
/// Recorded: every call but a GET of an <see cref="AuditedResource"/> endpoint (changes and sign-ins, refused or not),
/// and every 401 and 403. A 429 is not: nothing was tried, and recording a flood would let it fill the trail.
/// </summary>
public sealed class AuditTrailMiddleware(RequestDelegate next, IAuditLog audit, TimeProvider time, ILogger<AuditTrailMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        http.AuditDetails();
        // Read before the handlers run: an exception handler clears the endpoint and the route values.
        var endpoint = http.GetEndpoint();
        var routeId = RouteId(http);
        try
        {
            await next(http);
        }
        catch
        {
            // Past the exception handlers only when the response had already started: the server then aborts it.
            await RecordAsync(http, endpoint, routeId, StatusCodes.Status500InternalServerError);
            throw;
        }

        await RecordAsync(http, endpoint, routeId, http.Response.StatusCode);
    }

    private async Task RecordAsync(HttpContext http, Endpoint? endpoint, string? routeId, int status)
    {
        var resource = endpoint?.Metadata.GetMetadata<AuditedResource>();
        var change = resource is not null && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method);
        if (status == StatusCodes.Status429TooManyRequests || !(change || status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden))
        {
            return;
        }

        var details = http.AuditDetails();
        var path = http.Request.Path.Value ?? "";
        var record = new AuditRecord(
            time.GetUtcNow(),
            details.Actor ?? http.User.FindFirstValue("sub") ?? "anonymous",
            http.User.FindFirstValue(ClaimTypes.Role) ?? "",
            ClientAddress.Recorded(http.Connection.RemoteIpAddress),
            http.TraceIdentifier,
            endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? $"{http.Request.Method} {path}",
            resource?.ResourceType ?? "route",
            details.ResourceId ?? routeId ?? CreatedId(http) ?? path,
            details.Before,
            details.After,
            status);
        try
        {
            // Not the request's abort token: a client that disconnects must not cancel the record of what it did.
            await audit.AppendAsync(record, CancellationToken.None);
        }
        catch (Exception error)
        {
            // The response is sent; failing the request now would only abort a connection whose answer the client has.
            logger.LogCritical(error, "Audit entry not stored: {Record}", record);
        }
    }

    private static string? RouteId(HttpContext http) =>
        (http.Request.RouteValues.TryGetValue("id", out var id) || http.Request.RouteValues.TryGetValue("jobId", out id)) ? id?.ToString() : null;

    /// <summary>A created resource's id is the last segment of its Location (<c>/api/v1/risk/batch/{jobId}</c>).</summary>
    private static string? CreatedId(HttpContext http) =>
        http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location[(location.LastIndexOf('/') + 1)..] : null;
}
