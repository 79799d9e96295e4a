using Microsoft.AspNetCore.Authorization;
using Telematics.Accounts;

namespace Telematics.Api.Auth;

/// <summary>
/// Grants an admin everything, an underwriter every read, and a driver only the routes whose <c>id</c> is their own
/// driver id.
/// </summary>
public sealed class OwnDriverDataHandler : AuthorizationHandler<OwnDriverDataRequirement, HttpContext>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnDriverDataRequirement requirement, HttpContext resource)
    {
        var ownId = context.User.FindFirst(TokenService.DriverIdClaim)?.Value;
        if (context.User.IsInRole(Roles.Admin)
            || (context.User.IsInRole(Roles.Underwriter) && HttpMethods.IsGet(resource.Request.Method))
            || (context.User.IsInRole(Roles.Driver) && ownId is not null && ownId == resource.GetRouteValue("id") as string))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
