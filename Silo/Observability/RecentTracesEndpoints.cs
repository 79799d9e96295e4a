using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Telematics.Silo.Observability;

public static class RecentTracesEndpoints
{
    private const int MaxTraces = 100;

    /// <summary>
    /// <c>GET {route}?limit=&amp;span=</c>: this node's most recent traces, each with its spans; <c>span</c> keeps the traces
    /// with a span whose name contains it. 404 when tracing is off here.
    /// </summary>
    public static RouteHandlerBuilder MapRecentTraces(this IEndpointRouteBuilder routes, string route) =>
        routes.MapGet(route, (HttpContext http, int? limit, string? span) =>
            http.RequestServices.GetService<RecentSpans>() is { } recent
                ? Results.Ok(recent.Traces(Math.Clamp(limit ?? 20, 1, MaxTraces), span))
                : Results.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Tracing is off on this node",
                    detail: $"Set {ObservabilityOptions.Section}:Tracing=true (or {ObservabilityOptions.OtlpEndpointVariable}) to record spans."))
            .WithName("RecentTraces")
            .Produces<IReadOnlyList<TraceRecord>>();
}
