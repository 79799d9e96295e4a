using Telematics.Api.Admin;
using Telematics.Ids;
using Telematics.Insurance;

namespace Telematics.Api.Insurance;

/// <summary>The checks of the policies API, field by field, as RFC 7807 validation errors.</summary>
public static class PolicyValidator
{
    public const int MaxVehicles = 20;
    public const int MaxHistory = 500;

    /// <summary>The longest term a policy may have; auto policies run for months, a year at most in practice.</summary>
    public static readonly TimeSpan MaxTerm = TimeSpan.FromDays(3 * 366);

    public static Dictionary<string, string[]> Validate(CreatePolicyRequest request, DateTimeOffset termStart, DateTimeOffset termEnd)
    {
        var errors = new Dictionary<string, string[]>();
        Id(errors, "number", request.Number);
        Id(errors, "driverId", request.DriverId);
        if (request.VehicleIds is { Count: > MaxVehicles })
        {
            errors["vehicleIds"] = [$"must name at most {MaxVehicles} vehicles."];
        }
        else
        {
            foreach (var (vehicleId, i) in (request.VehicleIds ?? []).Select((v, i) => (v, i)))
            {
                Id(errors, $"vehicleIds[{i}]", vehicleId);
            }
        }

        if (termEnd <= termStart || termEnd - termStart > MaxTerm)
        {
            errors["termEnd"] = [$"must be after termStart, by at most {MaxTerm.TotalDays:N0} days."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(PolicyQuery query, string? status, string? after, int pageSize)
    {
        var errors = Paging.Validate(1, pageSize);
        if (!PolicyQuery.SortableFields.Contains(query.SortBy))
        {
            errors["sortBy"] = [$"must be one of {string.Join(", ", PolicyQuery.SortableFields)}."];
        }

        if (status is not null && query.Status is null)
        {
            errors["status"] = [$"must be one of {string.Join(", ", Enum.GetNames<PolicyStatus>())}."];
        }

        if (query.DriverId is not null && !EntityId.IsValid(query.DriverId))
        {
            errors["driverId"] = [EntityId.Rule];
        }

        if (after is not null && (query.After is null || query.After.SortBy != query.SortBy || query.After.Descending != query.Descending))
        {
            errors["after"] = ["must be the next cursor of a page with the same sortBy and descending."];
        }

        return errors;
    }

    public static void Id(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (!EntityId.IsValid(value))
        {
            errors[field] = [value is null ? "is required." : EntityId.Rule];
        }
    }
}
