using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Audit;
using Telematics.Api.Devices.Keys;
using Telematics.Api.Hosting;

namespace Telematics.Api.Admin;

/// <summary>
/// An admin rotates a device's key (a new one, shown once) or revokes it; either refuses the old key and every token
/// exchanged for it at once (<see cref="DeviceKeyService.IsCurrentAsync"/>). The audit entry names the key ids, never a key.
/// </summary>
public static class DeviceKeysApi
{
    public static RouteGroupBuilder MapDeviceKeyRoutes(this RouteGroupBuilder admin)
    {
        var keys = admin.MapGroup("/devices/{id}/key").WithValidRouteIds().Audited("device");
        keys.MapPost("", RotateAsync).WithName("RotateDeviceKey")
            .WithSummary("Issue a new key for the device, shown once; the old key and its tokens are refused from now on");
        keys.MapDelete("", RevokeAsync).WithName("RevokeDeviceKey")
            .WithSummary("Revoke the device's key: it and its tokens are refused until a new key is issued");
        return admin;
    }

    public sealed record DeviceKeyResponse(string DeviceId, string VehicleId, string Key);

    private static async Task<Results<Ok<DeviceKeyResponse>, NotFound>> RotateAsync(string id, DeviceKeyService keys, HttpContext http)
    {
        if (await keys.FindAsync(id) is not { } before || await keys.RotateAsync(id) is not { } rotated)
        {
            return TypedResults.NotFound();
        }

        Record(http, before.Key?.Id, rotated.KeyId);
        return TypedResults.Ok(new DeviceKeyResponse(id, before.VehicleId, rotated.Key));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(string id, DeviceKeyService keys, HttpContext http)
    {
        if (await keys.FindAsync(id) is not { } before || !await keys.RevokeAsync(id))
        {
            return TypedResults.NotFound();
        }

        Record(http, before.Key?.Id, null);
        return TypedResults.NoContent();
    }

    private static void Record(HttpContext http, string? before, string? after)
    {
        var details = http.AuditDetails();
        details.Before = $"key {before ?? "none"}";
        details.After = $"key {after ?? "none"}";
    }
}
