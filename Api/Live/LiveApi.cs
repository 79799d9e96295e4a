using System.Net.ServerSentEvents;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;
using Telematics.Live;
using Telematics.Portfolio;

namespace Telematics.Api.Live;

/// <summary>Server-Sent Events of driver updates (score, premium, trips) as they happen.</summary>
public static class LiveApi
{
    public const string EventType = "driver-updated";

    public static RouteGroupBuilder MapLiveApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/live").WithTags("Live").WithValidRouteIds();
        group.MapGet("/drivers/{id}", (string id, HttpContext http, ILiveFeed feed, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) =>
                StreamAsync(http, feed.SubscribeAsync(id, http.RequestAborted), json.Value.SerializerOptions))
            .WithName("LiveDriver").WithSummary("A driver's updates as Server-Sent Events").RequireAuthorization(Policies.OwnDriverData);
        group.MapGet("/admin", (HttpContext http, ILiveFeed feed, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) =>
                StreamAsync(http, feed.SubscribeAsync(null, http.RequestAborted), json.Value.SerializerOptions))
            .WithName("LiveAdmin").WithSummary("Every driver's updates as Server-Sent Events").RequireAuthorization(Policies.Admin);
        return group;
    }

    /// <summary>Opens the stream at once (headers flushed before the first update) and writes each update as it comes.</summary>
    private static async Task StreamAsync(HttpContext http, IAsyncEnumerable<DriverSummary> updates, JsonSerializerOptions json)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.Body.FlushAsync(http.RequestAborted);
        try
        {
            await SseFormatter.WriteAsync(
                updates.Select(u => new SseItem<DriverSummary>(u, EventType)),
                http.Response.Body,
                (item, buffer) =>
                {
                    using var writer = new Utf8JsonWriter(buffer);
                    JsonSerializer.Serialize(writer, item.Data, json);
                },
                http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: the normal end of a live stream.
        }
    }
}
