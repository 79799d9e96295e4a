using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Drivers;
using Telematics.Pricing;

namespace Telematics.Api.Pricing;

public static class PricingApi
{
    public static RouteGroupBuilder MapPricingApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/pricing/{id}").WithTags("Pricing").WithValidRouteIds().RequireAuthorization(Policies.OwnDriverData);
        group.MapGet("/current", GetCurrentAsync).WithName("GetCurrentPremium").WithSummary("Traditional and telematics premium, the discount and why");
        group.MapPost("/recalculate-premium", RecalculateAsync).WithName("RecalculatePremium").WithSummary("Rescore and reprice the driver now")
            .RequireAuthorization(Policies.Admin).Audited("premium");
        return group;
    }

    private static async Task<Results<Ok<PremiumQuote>, NotFound>> GetCurrentAsync(string id, IGrainFactory grains)
    {
        var premium = await grains.GetGrainByKey<IDriverGrain>(id).GetPremiumAsync();
        return premium is null ? TypedResults.NotFound() : TypedResults.Ok(premium);
    }

    private static async Task<Results<Ok<PremiumQuote>, NotFound>> RecalculateAsync(string id, IGrainFactory grains)
    {
        try
        {
            return TypedResults.Ok(await grains.GetGrainByKey<IDriverGrain>(id).RecalculateAsync());
        }
        catch (DriverNotRegisteredException)
        {
            return TypedResults.NotFound();
        }
    }
}
