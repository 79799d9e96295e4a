using System.Security.Claims;
using Telematics.Api.Auth;
using Telematics.Devices;
using Telematics.Ids;

namespace Telematics.Api.Devices.Keys;

/// <summary>
/// Checks, rotates and revokes device keys, which live hashed in the device registry beside the registration they
/// belong to: durable wherever the registry is, and one registry shard answers for a device's key and its vehicle alike.
/// </summary>
public sealed class DeviceKeyService(IGrainFactory grains)
{
    /// <summary>The registration of the device whose key this is, or null: an unknown device, a revoked key or another key.</summary>
    public async Task<DeviceRegistration?> VerifyAsync(string deviceId, string key) =>
        EntityId.IsValid(deviceId) && await Shard(deviceId).FindAsync(deviceId) is { } registration && DeviceKey.Matches(registration.Key, key)
            ? registration
            : null;

    /// <summary>
    /// Whether a device token still stands: the device is still bound to the token's vehicle and its key is still the
    /// one the token was issued for, so a rotation, a revocation or a move to another vehicle refuses it at once.
    /// </summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal) =>
        principal.FindFirst("sub")?.Value is { } deviceId
        && principal.FindFirst(TokenService.VehicleIdClaim)?.Value is { } vehicleId
        && principal.FindFirst(TokenService.StampClaim)?.Value is { Length: > 0 } keyId
        && await Shard(deviceId).FindAsync(deviceId) is { Key: { } key } registration
        && key.Id == keyId && registration.VehicleId == vehicleId;

    /// <summary>A new key for the device and its id, the old one refused from now on; null for a device nobody registered.</summary>
    public async Task<(string Key, string KeyId)?> RotateAsync(string deviceId)
    {
        var (key, hash) = DeviceKey.New();
        return await Shard(deviceId).SetKeyAsync(deviceId, hash) ? (key, hash.Id) : null;
    }

    /// <summary>Leaves the device registered without a key: its tokens are refused, and it signs in again only once rotated.</summary>
    public Task<bool> RevokeAsync(string deviceId) => Shard(deviceId).SetKeyAsync(deviceId, null);

    public Task<DeviceRegistration?> FindAsync(string deviceId) => Shard(deviceId).FindAsync(deviceId);

    private IDeviceRegistryGrain Shard(string deviceId) => grains.GetGrainByKey<IDeviceRegistryGrain>(DeviceRegistryShard.Of(deviceId));
}
