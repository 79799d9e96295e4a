using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Accounts;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Api.Trips;
using Telematics.Drivers;
using Telematics.Risk;
using Telematics.Trips;

namespace Telematics.Api.Drivers;

public static class DriversApi
{
    private const int MaxTripsPerPage = 1000;

    public static RouteGroupBuilder MapDriversApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/drivers/{id}").WithTags("Drivers").WithValidRouteIds().RequireAuthorization(Policies.OwnDriverData);
        group.MapGet("/", GetDriverAsync).WithName("GetDriver").WithSummary("A driver's profile and rolling features");
        group.MapPatch("/", UpdateDriverAsync).Audited("driver").Accepts<DriverProfileChange>("application/json", "application/merge-patch+json")
            .WithName("UpdateDriver").WithSummary("Change a driver's name or contact details (the driver or an admin) or rating variables (an admin)");
        group.MapGet("/trips", GetTripsAsync).WithName("GetDriverTrips").WithSummary("A driver's trips, newest first");
        group.MapGet("/statistics", GetStatisticsAsync).WithName("GetDriverStatistics").WithSummary("A driver's driving over the feature window");
        group.MapGet("/notifications", GetNotificationsAsync).WithName("GetDriverNotifications").WithSummary("Safety alerts and premium changes, newest first");
        return group;
    }

    private static async Task<Results<Ok<DriverStatistics>, NotFound>> GetStatisticsAsync(string id, IGrainFactory grains)
    {
        var statistics = await grains.GetGrainByKey<IDriverGrain>(id).GetStatisticsAsync();
        return statistics is null ? TypedResults.NotFound() : TypedResults.Ok(statistics);
    }

    private static async Task<Results<Ok<IReadOnlyList<DriverNotification>>, NotFound>> GetNotificationsAsync(string id, IGrainFactory grains, int? limit)
    {
        var driver = grains.GetGrainByKey<IDriverGrain>(id);
        return await driver.GetProfileAsync() is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await driver.GetNotificationsAsync(Math.Clamp(limit ?? 50, 1, 100)));
    }

    /// <summary>
    /// A typed partial update (<see cref="DriverProfileChange"/>): absent fields stay, unknown ones are a 400. Rating
    /// variables price the driver, so only an admin changes them; the driver is repriced at once when they change.
    /// </summary>
    private static async Task<Results<Ok<DriverResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateDriverAsync(
        string id, DriverProfileChange change, IGrainFactory grains, ClaimsPrincipal user, HttpContext http)
    {
        if (change.Rating is not null && !user.IsInRole(Roles.Admin))
        {
            return TypedResults.Problem("Only an admin changes a driver's rating variables.", statusCode: StatusCodes.Status403Forbidden, title: "Rating variables are not yours to change");
        }

        var driver = grains.GetGrainByKey<IDriverGrain>(id);
        if (await driver.GetProfileAsync() is not { } before)
        {
            return TypedResults.NotFound();
        }

        var errors = DriverProfileValidator.Validate(change, before.Rating);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        DriverProfile after;
        try
        {
            after = await driver.UpdateProfileAsync(change);
        }
        catch (InvalidRatingVariablesException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rating"] = ex.Problems });
        }

        var details = http.AuditDetails();
        details.Before = ProfileSummary(before);
        details.After = ProfileSummary(after);
        return TypedResults.Ok(after.ToResponse());
    }

    /// <summary>What a profile update can change, as its audit entry records it before and after.</summary>
    private static string ProfileSummary(DriverProfile p) => AuditSummary.Serialize(new { p.Name, p.Email, p.Phone, p.Rating });

    private static async Task<Results<Ok<DriverResponse>, NotFound>> GetDriverAsync(string id, IGrainFactory grains)
    {
        var profile = await grains.GetGrainByKey<IDriverGrain>(id).GetProfileAsync();
        return profile is null ? TypedResults.NotFound() : TypedResults.Ok(profile.ToResponse());
    }

    /// <summary>
    /// Pages by keyset, newest first: the body stays the page's array, and the next page's address (with its cursor) is
    /// in the <c>Link</c> header (RFC 8288, <c>rel="next"</c>), absent on the last page.
    /// </summary>
    private static async Task<Results<Ok<List<TripResponse>>, NotFound, ValidationProblem>> GetTripsAsync(
        string id, IGrainFactory grains, HttpResponse response, string? before, int? limit)
    {
        var errors = new Dictionary<string, string[]>();
        TripCursor? cursor = null;
        if (before is not null && !TripCursorToken.TryParse(before, out cursor))
        {
            errors["before"] = [TripCursorToken.Rule];
        }

        if (limit is < 1 or > MaxTripsPerPage)
        {
            errors["limit"] = [$"must be between 1 and {MaxTripsPerPage}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var driver = grains.GetGrainByKey<IDriverGrain>(id);
        if (await driver.GetProfileAsync() is null)
        {
            return TypedResults.NotFound();
        }

        var pageSize = limit ?? 50;
        var page = await driver.GetTripsAsync(cursor, pageSize);
        if (page.Next is { } next)
        {
            response.Headers.Link = $"</api/v1/drivers/{Uri.EscapeDataString(id)}/trips?before={TripCursorToken.Format(next)}&limit={pageSize}>; rel=\"next\"";
        }

        return TypedResults.Ok(page.Items.Select(t => t.ToResponse()).ToList());
    }
}
