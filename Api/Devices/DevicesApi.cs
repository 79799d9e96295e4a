using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Admin;
using Telematics.Api.Auth;
using Telematics.Devices;
using Telematics.Ids;

namespace Telematics.Api.Devices;

/// <summary>The registered devices for the console: in id order, by cursor, optionally one driver's or one vehicle's.</summary>
public static class DevicesApi
{
    public static RouteGroupBuilder MapDevicesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(Policies.ReadAll);
        group.MapGet("/devices", ListAsync).WithName("ListDevices").WithSummary("Devices with their protocol, vehicle, driver and last contact, by cursor");
        return group;
    }

    /// <summary>Pages by keyset: <paramref name="after"/> is the <c>next</c> of the previous page.</summary>
    private static async Task<Results<Ok<DevicePage>, ValidationProblem>> ListAsync(
        IDeviceReadModel devices, CancellationToken cancellationToken, string? driverId, string? vehicleId, string? protocol, string? after, int? limit)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > Paging.MaxPageSize)
        {
            errors["limit"] = [$"must be between 1 and {Paging.MaxPageSize}."];
        }

        DeviceProtocol? parsed = null;
        if (protocol is not null)
        {
            if (Enum.TryParse<DeviceProtocol>(protocol, ignoreCase: true, out var known) && Enum.IsDefined(known))
            {
                parsed = known;
            }
            else
            {
                errors["protocol"] = [$"must be one of {string.Join(", ", Enum.GetNames<DeviceProtocol>())}."];
            }
        }

        foreach (var (field, id) in new[] { ("driverId", driverId), ("vehicleId", vehicleId), ("after", after) })
        {
            if (id is not null && !EntityId.IsValid(id))
            {
                errors[field] = [EntityId.Rule];
            }
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await devices.QueryAsync(new DeviceQuery(driverId, vehicleId, parsed, after, limit ?? 50), cancellationToken));
    }
}
