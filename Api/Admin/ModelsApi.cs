using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Risk;

namespace Telematics.Api.Admin;

/// <summary>The risk model versions this node has, and which one scores.</summary>
/// <remarks>
/// The choice is the cluster's: it is stored in <see cref="ICurrentModelGrain"/> and every silo switches to it within
/// <c>Telematics:RiskModel:SyncInterval</c>; this node switches at once.
/// </remarks>
public static class ModelsApi
{
    public static RouteGroupBuilder MapModelsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/admin/models").WithTags("Admin").RequireAuthorization(Policies.ReadAll).Audited("model");
        group.MapGet("/", List).WithName("ListModels").WithSummary("Model versions and the current one");
        group.MapPut("/current", SetCurrent).WithName("SetCurrentModel").WithSummary("Choose the model version that scores from now on")
            .RequireAuthorization(Policies.Admin);
        return group;
    }

    public sealed record ModelsResponse(IReadOnlyList<string> Versions, string Current);

    public sealed record SetCurrentRequest(string? Version);

    private static Ok<ModelsResponse> List(ModelRegistry models) => TypedResults.Ok(new ModelsResponse(models.Versions, models.Current.Version));

    private static async Task<Results<Ok<ModelsResponse>, ValidationProblem>> SetCurrent(SetCurrentRequest request, ModelRegistry models, IGrainFactory grains, HttpContext http)
    {
        if (request.Version is null || !models.Versions.Contains(request.Version))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [$"must be one of {string.Join(", ", models.Versions)}."] });
        }

        http.AuditDetails().Before = AuditSummary.Of(new SetCurrentRequest(models.Current.Version))?.Summary;
        await models.MakeCurrentAsync(grains, request.Version);
        return TypedResults.Ok(new ModelsResponse(models.Versions, models.Current.Version));
    }
}
