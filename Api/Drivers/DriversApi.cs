using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Api.Trips;
using Telematics.Drivers;

namespace Telematics.Api.Drivers;

public static class DriversApi
{
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

    private static async Task<Results<Ok<List<TripResponse>>, NotFound>> GetTripsAsync(string id, IGrainFactory grains, int? limit)
    {
        var driver = grains.GetGrainByKey<IDriverGrain>(id);
        if (await driver.GetProfileAsync() is null)
        {
            return TypedResults.NotFound();
        }

        var trips = await driver.GetTripsAsync(Math.Clamp(limit ?? 50, 1, 1000));
        return TypedResults.Ok(trips.Select(t => t.ToResponse()).ToList());
    }
}
