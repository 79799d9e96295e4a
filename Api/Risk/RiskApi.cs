using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Drivers;
using Telematics.Risk;

namespace Telematics.Api.Risk;

public static class RiskApi
{
    public static RouteGroupBuilder MapRiskApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/risk/{id}").WithTags("Risk").WithValidRouteIds().RequireAuthorization(Policies.OwnDriverData);
        group.MapGet("/score", GetScoreAsync).WithName("GetRiskScore").WithSummary("A driver's current risk score and the model version that made it");
        group.MapGet("/breakdown", GetBreakdownAsync).WithName("GetRiskBreakdown").WithSummary("Why the driver scores as they do: the factors raising and lowering the score");
        group.MapGet("/trend", GetTrendAsync).WithName("GetRiskTrend").WithSummary("The driver's score history, oldest first");
        return group;
    }

    private static async Task<Results<Ok<RiskExplanation>, NotFound>> GetBreakdownAsync(string id, IGrainFactory grains, int? factors)
    {
        var explanation = await grains.GetGrainByKey<IDriverGrain>(id).ExplainAsync(Math.Clamp(factors ?? 5, 1, 100));
        return explanation is null ? TypedResults.NotFound() : TypedResults.Ok(explanation);
    }

    private static async Task<Results<Ok<IReadOnlyList<RiskScore>>, NotFound>> GetTrendAsync(string id, IGrainFactory grains)
    {
        var driver = grains.GetGrainByKey<IDriverGrain>(id);
        return await driver.GetProfileAsync() is null ? TypedResults.NotFound() : TypedResults.Ok(await driver.GetScoreHistoryAsync());
    }

    private static async Task<Results<Ok<RiskScore>, NotFound>> GetScoreAsync(string id, IGrainFactory grains)
    {
        var score = await grains.GetGrainByKey<IDriverGrain>(id).GetRiskScoreAsync();
        return score is null ? TypedResults.NotFound() : TypedResults.Ok(score);
    }
}
