using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Ids;
using Telematics.Portfolio;
using Telematics.Rescoring;
using Telematics.Risk;

namespace Telematics.Api.Rescoring;

/// <summary>Cluster-wide rescoring jobs: start one, watch its progress and result, cancel it.</summary>
public static class RescoringApi
{
    public const int MaxBatchSize = 5_000;

    /// <summary>Jobs a page of the list shows: each is a call to its job's grain.</summary>
    public const int MaxJobsListed = 100;

    /// <summary>
    /// A listed job keeps its list in its state and stores that state after every page: the cap bounds each write
    /// (100,000 ids is about 1.5 MB); larger selections go by filter.
    /// </summary>
    public const int MaxListedDrivers = 100_000;

    public static RouteGroupBuilder MapRescoringApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/risk").WithTags("Rescoring").WithValidRouteIds().RequireAuthorization(Policies.Rescoring).Audited("rescoring-job");
        group.MapPost("/batch-calculate", StartAsync).WithName("StartRescoring").WithSummary("Start rescoring all drivers or a list of drivers");
        group.MapGet("/batch", ListAsync).WithName("ListRescorings").WithSummary("Rescoring jobs, newest first, with their progress and result");
        group.MapGet("/batch/{jobId}", GetAsync).WithName("GetRescoring").WithSummary("A rescoring job's progress and result");
        group.MapDelete("/batch/{jobId}", CancelAsync).WithName("CancelRescoring").WithSummary("Cancel a rescoring job");
        return group;
    }

    /// <summary>Either <see cref="DriverIds"/> or a filter (category, score range) over all drivers; neither means everyone.</summary>
    public sealed record StartRescoringRequest(List<string>? DriverIds, string? ModelVersion, int? BatchSize, string? Category, double? MinScore, double? MaxScore)
    {
        public DriverFilter? Filter => Category is null && MinScore is null && MaxScore is null ? null : new(Category, MinScore, MaxScore);
    }

    private static async Task<Results<Accepted<RescoringProgress>, ValidationProblem>> StartAsync(StartRescoringRequest request, RescoringJobs jobs, ModelRegistry models)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.ModelVersion is not null && !models.Versions.Contains(request.ModelVersion))
        {
            errors["modelVersion"] = [$"must be one of {string.Join(", ", models.Versions)}."];
        }

        if (request.BatchSize is < 1 or > MaxBatchSize)
        {
            errors["batchSize"] = [$"must be between 1 and {MaxBatchSize}."];
        }

        if (request.DriverIds is { } ids && (ids.Count == 0 || ids.Any(string.IsNullOrWhiteSpace)))
        {
            errors["driverIds"] = ["must be omitted (all drivers) or list at least one non-empty driver id."];
        }
        else if (request.DriverIds is { Count: > MaxListedDrivers } listed)
        {
            errors["driverIds"] = [$"lists {listed.Count} drivers; a list holds at most {MaxListedDrivers:N0} (rescore by filter, or in several jobs)."];
        }
        else if (request.DriverIds?.FindIndex(id => !EntityId.IsValid(id)) is >= 0 and var bad)
        {
            errors[$"driverIds[{bad}]"] = [EntityId.Rule];
        }

        if (request.DriverIds is not null && request.Filter is not null)
        {
            errors["driverIds"] = ["cannot be combined with category, minScore or maxScore: give a list or a filter."];
        }

        if (request.Category is { } category && !Enum.TryParse<RiskCategory>(category, ignoreCase: true, out _))
        {
            errors["category"] = [$"must be one of {string.Join(", ", Enum.GetNames<RiskCategory>())}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var progress = await jobs.StartAsync(new RescoringRequest(request.DriverIds?.Distinct().ToList(), request.ModelVersion, request.BatchSize ?? 500, request.Filter));
        return TypedResults.Accepted($"/api/v1/risk/batch/{progress.JobId}", progress);
    }

    /// <summary>Pages by keyset: <paramref name="before"/> is the <c>nextBefore</c> of the previous page.</summary>
    private static async Task<Results<Ok<RescoringJobPage>, ValidationProblem>> ListAsync(RescoringJobs jobs, int? limit, string? before) =>
        limit is < 1 or > MaxJobsListed
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"must be between 1 and {MaxJobsListed}."] })
            : TypedResults.Ok(await jobs.ListAsync(before, limit ?? 20));

    private static async Task<Results<Ok<RescoringProgress>, NotFound>> GetAsync(string jobId, IGrainFactory grains)
    {
        var progress = await grains.GetGrainByKey<IRescoringJobGrain>(jobId).GetProgressAsync();
        return progress.Status == RescoringJobStatus.NotStarted ? TypedResults.NotFound() : TypedResults.Ok(progress);
    }

    private static async Task<Results<Ok<RescoringProgress>, NotFound>> CancelAsync(string jobId, IGrainFactory grains)
    {
        var job = grains.GetGrainByKey<IRescoringJobGrain>(jobId);
        if ((await job.GetProgressAsync()).Status == RescoringJobStatus.NotStarted)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await job.CancelAsync());
    }
}
