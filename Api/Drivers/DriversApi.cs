using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Api.Trips;
using Telematics.Drivers;
using Telematics.Trips;

namespace Telematics.Api.Drivers;

public static class DriversApi
{
    private const int MaxTripsPerPage = 1000;

    public static RouteGroupBuilder MapDriversApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/drivers/{id}").WithTags("Drivers").WithValidRouteIds().RequireAuthorization(Policies.OwnDriverData);
        group.MapGet("/", GetDriverAsync).WithName("GetDriver").WithSummary("A driver's profile and rolling features");
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
