using Telematics.Ids;

namespace Telematics.Api.Hosting;

/// <summary>
/// Refuses a request whose route holds an id outside <see cref="EntityId"/>'s grammar (a trip id outside its own), with
/// a 400 naming the route parameter, before a handler makes a grain of it: ids become grain keys, storage keys and log
/// fields, and a non-ASCII one once created a driver and then failed the answer's Location header.
/// </summary>
public sealed class RouteIdFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        Dictionary<string, string[]>? errors = null;
        foreach (var (name, value) in context.HttpContext.Request.RouteValues)
        {
            var isTrip = name == "tripId";
            var id = value as string;
            if (!(isTrip ? EntityId.IsValidTrip(id) : EntityId.IsValid(id)))
            {
                (errors ??= [])[name] = [isTrip ? EntityId.TripRule : EntityId.Rule];
            }
        }

        return errors is null ? next(context) : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors));
    }
}
