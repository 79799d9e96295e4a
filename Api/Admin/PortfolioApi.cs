using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Auth;
using Telematics.Portfolio;

namespace Telematics.Api.Admin;

/// <summary>Admin views over the whole portfolio, answered by the drivers read model.</summary>
public static class PortfolioApi
{
    public static RouteGroupBuilder MapPortfolioApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(Policies.ReadAll);
        group.MapGet("/dashboard/stats", GetStatisticsAsync).WithName("GetPortfolioStatistics").WithSummary("Portfolio totals and the drivers by risk category");
        group.MapGet("/drivers", ListDriversAsync).WithName("ListDrivers").WithSummary("Drivers with filter, sort and paging");
        return group;
    }

    private static async Task<Ok<PortfolioStatistics>> GetStatisticsAsync(IDriverReadModel readModel, CancellationToken cancellationToken) =>
        TypedResults.Ok(await readModel.GetStatisticsAsync(cancellationToken));

    private static async Task<Results<Ok<DriverPage>, ValidationProblem>> ListDriversAsync(
        IDriverReadModel readModel, CancellationToken cancellationToken,
        string? category, double? minScore, double? maxScore, string? search, string? sortBy, bool? descending, int? page, int? pageSize)
    {
        var query = new DriverQuery(category, minScore, maxScore, search, sortBy ?? "driverId", descending ?? false, page ?? 1, pageSize ?? 50);
        var errors = Paging.Validate(query.Page, query.PageSize);
        if (!DriverQuery.SortableFields.Contains(query.SortBy))
        {
            errors["sortBy"] = [$"must be one of {string.Join(", ", DriverQuery.SortableFields)}."];
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await readModel.QueryAsync(query, cancellationToken));
    }
}
