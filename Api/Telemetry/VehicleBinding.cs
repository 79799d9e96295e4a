using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Audit;
using Telematics.Api.Auth;

namespace Telematics.Api.Telemetry;

/// <summary>
/// A device token writes for the vehicle its key is bound to and no other; an admin, and Embedded mode's shared device
/// login, carry no vehicle and write for any.
/// </summary>
public static class VehicleBinding
{
    /// <summary>
    /// Null when the caller may write for <paramref name="vehicleId"/>; otherwise the 403 to answer, with the vehicle
    /// named as the resource of the audit entry that every 403 gets.
    /// </summary>
    public static ProblemHttpResult? Refusal(HttpContext http, string vehicleId)
    {
        if (http.User.FindFirst(TokenService.VehicleIdClaim)?.Value is not { } bound || bound == vehicleId)
        {
            return null;
        }

        http.AuditDetails().ResourceId = vehicleId;
        return TypedResults.Problem($"This device's key is bound to another vehicle than '{vehicleId}'.", statusCode: StatusCodes.Status403Forbidden, title: "Another vehicle");
    }
}
