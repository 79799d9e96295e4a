using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Auth;
using Telematics.Portfolio;
using Telematics.Risk;

namespace Telematics.Api.Admin;

/// <summary>Admin views over the whole portfolio, answered by the drivers read model.</summary>
public static class PortfolioApi
{
    public static RouteGroupBuilder MapPortfolioApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(Policies.ReadAll);
        group.MapGet("/dashboard/stats", GetStatisticsAsync).WithName("GetPortfolioStatistics").WithSummary("Portfolio totals and the drivers by risk category");
        group.MapGet("/dashboard/trips-per-day", GetTripsPerDayAsync).WithName("GetTripsPerDay").WithSummary("Trips per UTC day over the last days, today included");
        group.MapGet("/drivers", ListDriversAsync).WithName("ListDrivers").WithSummary("Drivers with filter, sort and paging");
        return group;
    }

    private static async Task<Ok<PortfolioStatistics>> GetStatisticsAsync(IDriverReadModel readModel, CancellationToken cancellationToken) =>
        TypedResults.Ok(await readModel.GetStatisticsAsync(cancellationToken));

    private static async Task<Results<Ok<IReadOnlyList<DailyTrips>>, ValidationProblem>> GetTripsPerDayAsync(
        IDriverReadModel readModel, TimeProvider time, CancellationToken cancellationToken, int? days)
    {
        if (days is < 1 or > MaxTripDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"must be between 1 and {MaxTripDays}."] });
        }

        var today = DailyTrips.DayOf(time.GetUtcNow());
        return TypedResults.Ok(await readModel.GetTripsPerDayAsync(today.AddDays(1 - (days ?? 30)), today, cancellationToken));
    }

    /// <summary>
    /// Pages by keyset: <paramref name="after"/> is the <c>next</c> of the previous page, made under the same sort. Offset
    /// pages (<paramref name="page"/>) stop after <see cref="MaxOffsetRows"/> rows, since each row skipped is read.
    /// </summary>
    private static async Task<Results<Ok<DriverPage>, ValidationProblem>> ListDriversAsync(
        IDriverReadModel readModel, CancellationToken cancellationToken,
        string? category, double? minScore, double? maxScore, string? search, string? sortBy, bool? descending, int? page, int? pageSize, string? after)
    {
        var query = new DriverQuery(category, minScore, maxScore, search, sortBy ?? "driverId", descending ?? false, page ?? 1, pageSize ?? 50);
        var errors = Paging.Validate(query.Page, query.PageSize, MaxOffsetRows);
        if (!DriverQuery.SortableFields.Contains(query.SortBy))
        {
            errors["sortBy"] = [$"must be one of {string.Join(", ", DriverQuery.SortableFields)}."];
        }

        if (category is not null && !Enum.GetNames<RiskCategory>().Contains(category, StringComparer.OrdinalIgnoreCase))
        {
            errors["category"] = [$"must be one of {string.Join(", ", Enum.GetNames<RiskCategory>())}."];
        }

        if (after is not null)
        {
            var cursor = DriverCursor.Decode(after);
            if (cursor is null || cursor.SortBy != query.SortBy || cursor.Descending != query.Descending)
            {
                errors["after"] = ["must be the next cursor of a page with the same sortBy and descending."];
            }
            else if (query.Page != 1)
            {
                errors["page"] = ["cannot be combined with after."];
            }

            query = query with { After = cursor };
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await readModel.QueryAsync(query, cancellationToken));
    }

    /// <summary>A year and a day: a series longer than that is no chart anybody reads.</summary>
    public const int MaxTripDays = 366;

    /// <summary>Rows an offset page may skip; deeper pages follow the cursor (skipping 10,000 cost 36–65 ms at p50, bench/results/admin-queries.md).</summary>
    public const int MaxOffsetRows = 1_000;
}
