using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Telematics.Api.Audit;
using Telematics.Devices;
using Telematics.Ids;

namespace Telematics.Api.Devices.OsmAnd;

/// <summary>
/// The OsmAnd protocol on its own port: any path, GET or POST, one position per request. JSON bodies are the current
/// Traccar Client; everything else is the query form, read from the URL or, when the URL has none, from the body.
/// </summary>
/// <remarks>
/// Answers follow Traccar, which the apps are written against: 200 with an empty body once stored, 400 when the id is
/// missing or a query-form device is unknown, 404 for an unknown JSON-form device. Where Traccar silently filters a
/// bad position we answer 400 with a problem, as our HTTP batch path does. No login: like Traccar, the device id is
/// the credential, and only registered ids are accepted; a device may also send its key (<see cref="OsmAndKey"/>),
/// and one registered to require it is refused with 401 without it.
/// </remarks>
public static class OsmAndApi
{
    /// <summary>The largest request read, as Traccar's aggregator allows.</summary>
    private const int MaxBodySize = 64 * 1024;

    private const string EndpointName = "OsmAndPosition";

    public static RouteGroupBuilder MapOsmAndApi(this IEndpointRouteBuilder routes, int port)
    {
        var group = routes.MapGroup("").RequireHost($"*:{port}").ExcludeFromDescription();
        // Ahead of every other route on its port: the web app's pages ("/" among them) would otherwise outrank a catch-all.
        group.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Post], ReceiveAsync).WithName(EndpointName).WithOrder(-1);
        return group;
    }

    /// <summary>
    /// Answers 404 to anything but OsmAnd positions on the OsmAnd port. That port usually faces the internet while the
    /// Api stays on an inner address; without this, the whole Api (admin login included) would be reachable through it.
    /// </summary>
    public static IApplicationBuilder UseOsmAndPortForPositionsOnly(this IApplicationBuilder app, int port) =>
        app.Use((context, next) =>
            context.Connection.LocalPort != port || context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == EndpointName
                ? next(context)
                : Results.NotFound().ExecuteAsync(context));

    private static async Task<Results<Ok, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, DeviceDirectory directory, DeviceIngestion ingestion, DeviceMetrics metrics, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await request.BodyReader.ReadAtLeastAsync(MaxBodySize + 1, cancellationToken);
        try
        {
            if (body.Buffer.Length > MaxBodySize)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, $"A position request may be at most {MaxBodySize} bytes.");
            }

            var json = request.HasJsonContentType();
            if (!TryParse(request, body.Buffer, json, out var position, out var error))
            {
                return Problem(StatusCodes.Status400BadRequest, error);
            }

            var idField = json ? "'device_id'" : "The 'id' parameter";
            if (position.DeviceId is not { Length: > 0 } deviceId)
            {
                return Problem(StatusCodes.Status400BadRequest, $"{idField} is required.");
            }

            if (!EntityId.IsValid(deviceId))
            {
                return Problem(StatusCodes.Status400BadRequest, $"{idField} {EntityId.Rule}");
            }

            if (OsmAndAttributeLimits.Violation(position.Attributes) is { } violation)
            {
                return Problem(StatusCodes.Status400BadRequest, violation);
            }

            var lookup = await directory.FindVehicleAsync(deviceId, DeviceProtocol.OsmAnd, request.HttpContext.Connection.RemoteIpAddress);
            if (lookup.RetryAfter is { } wait)
            {
                request.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return Problem(StatusCodes.Status429TooManyRequests, "Too many unregistered device ids came from this address; try again later.");
            }

            if (lookup.Registration is not { VehicleId: var vehicleId } registration)
            {
                return Problem(json ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, $"Device '{deviceId}' is not registered.");
            }

            if (!OsmAndKey.Accepts(registration, position.Key))
            {
                request.HttpContext.AuditDetails().Actor = deviceId;
                return Problem(StatusCodes.Status401Unauthorized, $"Device '{deviceId}' must send its key ('{OsmAndKey.Parameter}'), and only its current one.");
            }

            if (OsmAndEventMapper.ToEvent(position, time.GetUtcNow()) is not { } e)
            {
                metrics.RecordsDropped(DeviceProtocol.OsmAnd, 1);
                return Problem(StatusCodes.Status400BadRequest, "The position has no coordinates ('lat' and 'lon', or 'location').");
            }

            var result = await ingestion.RecordAsync(deviceId, vehicleId, DeviceProtocol.OsmAnd, [e]);
            return result.Dropped == 0
                ? TypedResults.Ok()
                : Problem(StatusCodes.Status400BadRequest, "The position failed validation (coordinates, speed, heading or a time in the future) and was not stored.");
        }
        finally
        {
            request.BodyReader.AdvanceTo(body.Buffer.End);
        }
    }

    private static bool TryParse(HttpRequest request, ReadOnlySequence<byte> body, bool json, out OsmAndPosition position, out string error)
    {
        if (!json)
        {
            IEnumerable<KeyValuePair<string, StringValues>> query = request.Query.Count > 0 ? request.Query : QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
            return OsmAndQueryParser.TryParse(query, out position, out error);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var parsed = OsmAndJsonParser.TryParse(document.RootElement, out position, out error);
            // The app's JSON has no place for a secret; it is sent in the URL the app is set to post to.
            position = parsed ? position with { Key = request.Query[OsmAndKey.Parameter].FirstOrDefault() } : position;
            return parsed;
        }
        catch (JsonException ex)
        {
            (position, error) = (null!, $"The body is not valid JSON: {ex.Message}");
            return false;
        }
    }

    private static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(detail, statusCode: status);
}
