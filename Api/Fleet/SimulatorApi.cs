using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Drivers;
using Telematics.Ids;

namespace Telematics.Api.Fleet;

/// <summary>An admin starts a simulated trip (<see cref="DriveSimulator"/>); the route answers 404 while the simulator is off.</summary>
public static class SimulatorApi
{
    public static RouteGroupBuilder MapSimulatorApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/admin/simulator").WithTags("Admin").RequireAuthorization(Policies.Admin);
        group.MapPost("/trips", StartAsync).WithName("StartSimulatedTrip")
            .WithSummary("Drive a simulated trip for a driver, in real time through ingestion, with a built-in driving profile (Embedded mode, or when enabled)")
            .Audited("simulated-trip");
        return group;
    }

    private static async Task<Results<Accepted<SimulatedTripRun>, ValidationProblem, ProblemHttpResult>> StartAsync(
        SimulatedTripRequest request, IConfiguration configuration, IOptions<DriveSimulatorOptions> options, DriveSimulator simulator, HttpContext http)
    {
        if (!DriveSimulatorOptions.Runs(configuration))
        {
            return TypedResults.Problem(
                $"The drive simulator is off on this node; it is on in Embedded mode, elsewhere with {DriveSimulatorOptions.Section}:Enabled=true.",
                statusCode: StatusCodes.Status404NotFound, title: "Drive simulator off");
        }

        var errors = request.Validate(options.Value.MaxLegs);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The simulated trip is invalid; nothing was driven.");
        }

        try
        {
            var run = await simulator.StartAsync(request.DriverId!, request.DrivingProfile!, request.Legs ?? SimulatedTripRequest.DefaultLegs);
            http.AuditDetails().ResourceId = run.TripId;
            return TypedResults.Accepted($"/api/v1/trips/{run.TripId}", run);
        }
        catch (DriverNotRegisteredException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown driver");
        }
        catch (SimulatedTripUnderWayException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Simulated trip under way");
        }
        catch (AlreadyRegisteredException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Already registered");
        }
    }
}
