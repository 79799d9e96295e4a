using Microsoft.AspNetCore.Authorization;
using RouteData = Microsoft.AspNetCore.Components.RouteData;
using Telematics.Accounts;
using Telematics.Api.Auth;

namespace Telematics.Api.Web.Auth;

/// <summary>
/// <see cref="Policies.OwnDriverData"/> for a page reached by navigating inside the app, where the resource is the
/// page's route rather than an HTTP request (<see cref="OwnDriverDataHandler"/> answers a full page load): an admin
/// or an underwriter sees every driver's pages (they only read), a driver only the pages whose <c>id</c> is theirs.
/// </summary>
public sealed class OwnDriverPageHandler : AuthorizationHandler<OwnDriverDataRequirement, RouteData>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnDriverDataRequirement requirement, RouteData resource)
    {
        var ownId = context.User.DriverId();
        var routeId = resource.RouteValues.FirstOrDefault(v => string.Equals(v.Key, "id", StringComparison.OrdinalIgnoreCase)).Value as string;
        if (context.User.IsInRole(Roles.Admin) || context.User.IsInRole(Roles.Underwriter)
            || (context.User.IsInRole(Roles.Driver) && ownId is not null && ownId == routeId))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
