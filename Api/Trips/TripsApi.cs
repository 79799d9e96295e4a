using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Accounts;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Trips;

namespace Telematics.Api.Trips;

public static class TripsApi
{
    public static RouteGroupBuilder MapTripsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/trips").WithTags("Trips").WithValidRouteIds().RequireAuthorization();
        group.MapGet("/{tripId}", GetTripAsync).WithName("GetTrip").WithSummary("One trip with its features");
        return group;
    }

    /// <summary>A driver sees only their own trips; another driver's trip is answered as not found, not forbidden, so ids cannot be probed.</summary>
    private static async Task<Results<Ok<TripResponse>, NotFound>> GetTripAsync(string tripId, IGrainFactory grains, ClaimsPrincipal user)
    {
        var trip = await grains.GetGrainByKey<ITripGrain>(tripId).GetSummaryAsync();
        var visible = trip.Status != TripStatus.NotStarted
            && (user.IsInRole(Roles.Admin) || user.FindFirst(TokenService.DriverIdClaim)?.Value == trip.DriverId);
        return visible ? TypedResults.Ok(trip.ToResponse()) : TypedResults.NotFound();
    }
}
