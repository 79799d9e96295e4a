using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Api.Trips;
using Telematics.Telemetry;
using Telematics.Vehicles;

namespace Telematics.Api.Telemetry;

public static class TelemetryApi
{
    public static RouteGroupBuilder MapTelemetryApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/telemetry").WithTags("Telemetry").WithValidRouteIds().RequireAuthorization(Policies.Ingest);
        group.MapPost("/events", IngestAsync).WithName("IngestEvents").WithSummary("Ingest one batch of a vehicle's events")
            .Accepts<EventBatchRequest>("application/json");
        group.MapPost("/vehicles/{vehicleId}/trips/end", EndTripAsync).WithName("EndTrip").WithSummary("End the vehicle's current trip now");
        return group;
    }

    /// <param name="Late">Fixes of trips already completed: stored, not in those trips' features. Left out when none.</param>
    public sealed record IngestResponse(
        int Accepted, int Duplicates, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Late = 0);

    /// <summary>
    /// Reads the body itself rather than binding it, so a body too large is refused while it is read and malformed JSON
    /// is answered with the JSON path that broke, and validates the whole batch before the vehicle sees any of it: a bad
    /// batch stores nothing.
    /// </summary>
    private static async Task<Results<Accepted<IngestResponse>, ValidationProblem, ProblemHttpResult>> IngestAsync(
        HttpRequest http, EventBatchReader reader, IGrainFactory grains, TimeProvider time, IOptions<IngestionOptions> options,
        CancellationToken cancellationToken)
    {
        if (!http.HasJsonContentType())
        {
            return TypedResults.Problem("Send the batch as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var (request, problem) = await reader.ReadAsync(http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (vehicleId, events, errors) = EventBatchValidator.Validate(request ?? new EventBatchRequest(null, null), time.GetUtcNow(), options.Value);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The event batch is invalid; nothing of it was stored.");
        }

        if (VehicleBinding.Refusal(http.HttpContext, vehicleId) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var result = await grains.GetGrainByKey<IVehicleGrain>(vehicleId).RecordEventsAsync(events);
            return TypedResults.Accepted((string?)null, new IngestResponse(result.Accepted, result.Duplicates, result.Late));
        }
        catch (VehicleNotRegisteredException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown vehicle");
        }
    }

    private static async Task<Results<Ok<TripResponse>, NotFound<ProblemDetails>, ProblemHttpResult>> EndTripAsync(string vehicleId, IGrainFactory grains, HttpContext http)
    {
        if (VehicleBinding.Refusal(http, vehicleId) is { } refusal)
        {
            return refusal;
        }

        var summary = await grains.GetGrainByKey<IVehicleGrain>(vehicleId).EndCurrentTripAsync();
        return summary is null
            ? TypedResults.NotFound(new ProblemDetails { Title = "No trip in progress", Detail = $"Vehicle '{vehicleId}' has no trip in progress.", Status = 404 })
            : TypedResults.Ok(summary.ToResponse());
    }
}
