using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Api.Drivers;
using Telematics.Devices;
using Telematics.Drivers;
using Telematics.Ids;
using Telematics.Risk;
using Telematics.Vehicles;

namespace Telematics.Api.Admin;

public static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(Policies.Admin);
        group.MapPost("/drivers", RegisterDriverAsync).WithName("RegisterDriver").WithSummary("Register a driver with the policy's rating variables").Audited("driver");
        group.MapPost("/vehicles", RegisterVehicleAsync).WithName("RegisterVehicle").WithSummary("Register a vehicle to a driver").Audited("vehicle");
        group.MapPost("/devices", RegisterDeviceAsync).WithName("RegisterDevice").WithSummary("Register a tracking device (Teltonika IMEI, OsmAnd id or batch API device) for a vehicle, with its key").Audited("device");
        group.MapDeviceKeyRoutes();
        return group;
    }

    private static async Task<Results<Created<DriverResponse>, ValidationProblem, ProblemHttpResult>> RegisterDriverAsync(
        RegisterDriverRequest request, RegistrationService registrations, TimeProvider time)
    {
        var errors = RegistrationValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var registration = new DriverRegistration(request.Name!, request.Rating!, request.PolicyStart ?? time.GetUtcNow(), request.TimeZoneId);
        try
        {
            var profile = await registrations.RegisterDriverAsync(request.DriverId!, registration, request.Password);
            return TypedResults.Created($"/api/v1/drivers/{profile.DriverId}", profile.ToResponse());
        }
        catch (InvalidRatingVariablesException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rating"] = ex.Problems });
        }
        catch (AlreadyRegisteredException ex)
        {
            return Conflict(ex);
        }
    }

    private static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> RegisterVehicleAsync(
        RegisterVehicleRequest request, RegistrationService registrations)
    {
        var errors = RegistrationValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            await registrations.RegisterVehicleAsync(request.VehicleId!, request.DriverId!);
            return TypedResults.Created($"/api/v1/vehicles/{request.VehicleId}");
        }
        catch (DriverNotRegisteredException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown driver");
        }
        catch (AlreadyRegisteredException ex)
        {
            return Conflict(ex);
        }
    }

    private static async Task<Results<Created<DeviceResponse>, ValidationProblem, ProblemHttpResult>> RegisterDeviceAsync(
        RegisterDeviceRequest request, RegistrationService registrations)
    {
        var (protocol, errors) = RegistrationValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            var key = await registrations.RegisterDeviceAsync(request.DeviceId!, request.VehicleId!, protocol, request.KeyRequired);
            return TypedResults.Created($"/api/v1/admin/devices/{request.DeviceId}",
                new DeviceResponse(request.DeviceId!, request.VehicleId!, protocol.ToString().ToLowerInvariant(), request.KeyRequired, key));
        }
        catch (VehicleNotRegisteredException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Unknown vehicle");
        }
    }

    /// <summary>A registration never overwrites one that exists; changing it is an update's business, not a second registration's.</summary>
    private static ProblemHttpResult Conflict(AlreadyRegisteredException ex) =>
        TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Already registered");
}
