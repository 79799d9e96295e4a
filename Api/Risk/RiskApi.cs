using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Auth;
using Telematics.Drivers;
using Telematics.Risk;

namespace Telematics.Api.Risk;

public static class RiskApi
{
    public static RouteGroupBuilder MapRiskApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/risk/{id}").WithTags("Risk").RequireAuthorization(Policies.OwnDriverData);
        group.MapGet("/score", GetScoreAsync).WithName("GetRiskScore").WithSummary("A driver's current risk score and the model version that made it");
        return group;
    }

    private static async Task<Results<Ok<RiskScore>, NotFound>> GetScoreAsync(string id, IGrainFactory grains)
    {
        var score = await grains.GetGrain<IDriverGrain>(id).GetRiskScoreAsync();
        return score is null ? TypedResults.NotFound() : TypedResults.Ok(score);
    }
}
