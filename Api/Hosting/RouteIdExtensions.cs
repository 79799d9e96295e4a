namespace Telematics.Api.Hosting;

public static class RouteIdExtensions
{
    /// <summary>Checks every id the group's routes name (<see cref="RouteIdFilter"/>).</summary>
    public static RouteGroupBuilder WithValidRouteIds(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<RouteIdFilter>().ProducesValidationProblem();
}
