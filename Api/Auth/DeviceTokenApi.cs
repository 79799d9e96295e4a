using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Telematics.Api.Audit;
using Telematics.Api.Devices.Keys;
using Telematics.Ids;

namespace Telematics.Api.Auth;

/// <summary>
/// A device exchanges its key for a short-lived token that writes for its vehicle only. Exchanged rather than sent
/// with every batch: the key crosses the wire once an hour, not with each request, and each batch is checked like any
/// other bearer token, from <see cref="ValidatedTokenCache"/>, plus one read of the device's registry shard that makes a
/// rotated or revoked key refuse the token at once.
/// </summary>
/// <remarks>
/// Not under the login's per-address limit: a fleet behind one address exchanges its keys together, and a key of 256
/// random bits is not guessed; a refusal costs one hash and one shard read, and creates nothing.
/// </remarks>
public static class DeviceTokenApi
{
    /// <summary>A device id and a key fit many times over; a larger body is refused before it is read.</summary>
    public const int MaxBodyBytes = 1_024;

    public static RouteGroupBuilder MapDeviceTokenApi(this RouteGroupBuilder auth)
    {
        auth.MapPost("/device", ExchangeAsync).WithName("DeviceToken").WithSummary("Exchange a device's id and key for a JWT that writes for its vehicle only")
            .ProducesProblem(StatusCodes.Status401Unauthorized).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes)).AllowAnonymous().Audited("session");
        return auth;
    }

    public sealed record DeviceTokenRequest(string? DeviceId, string? Key);

    public sealed record DeviceTokenResponse(string Token, DateTimeOffset ExpiresAt, string DeviceId, string VehicleId);

    private static async Task<Results<Ok<DeviceTokenResponse>, ValidationProblem, ProblemHttpResult>> ExchangeAsync(
        DeviceTokenRequest request, DeviceKeyService keys, TokenService tokens, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        if (!EntityId.IsValid(request.DeviceId))
        {
            errors["deviceId"] = [$"The device id {EntityId.Rule}"];
        }

        if (request.Key is not { Length: DeviceKey.Length })
        {
            errors["key"] = [$"The key is required: the {DeviceKey.Length} characters its registration answered."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The device token request is invalid.");
        }

        http.AuditDetails().Actor = request.DeviceId;
        if (await keys.VerifyAsync(request.DeviceId!, request.Key!) is not { Key: { } key } registration)
        {
            return TypedResults.Problem("Unknown device or wrong key.", statusCode: StatusCodes.Status401Unauthorized, title: "Device sign-in failed");
        }

        var (token, expiresAt) = tokens.IssueDevice(request.DeviceId!, registration.VehicleId, key.Id);
        return TypedResults.Ok(new DeviceTokenResponse(token, expiresAt, request.DeviceId!, registration.VehicleId));
    }
}
