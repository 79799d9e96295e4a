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
        group.MapGet("/drivers/{id}", (string id, HttpContext http, ILiveFeed feed, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, TokenCurrency currency, TimeProvider time) =>
                StreamAsync(http, ct => feed.SubscribeAsync(id, ct), json.Value.SerializerOptions, currency, time))
            .WithName("LiveDriver").WithSummary("A driver's updates as Server-Sent Events").RequireAuthorization(Policies.OwnDriverData);
        group.MapGet("/admin", (HttpContext http, ILiveFeed feed, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, TokenCurrency currency, TimeProvider time) =>
                StreamAsync(http, ct => feed.SubscribeAsync(null, ct), json.Value.SerializerOptions, currency, time))
            .WithName("LiveAdmin").WithSummary("Every driver's updates as Server-Sent Events").RequireAuthorization(Policies.ReadAll);
        return group;
    }

    /// <summary>
    /// Opens the stream at once (headers flushed before the first update) and writes each update as it comes, until
    /// the client goes away, its token expires or its account changes (<see cref="StampWatch"/>): authorization is
    /// checked once, when the stream opens, so a stream left open would otherwise outlive its credentials. The client
    /// signs in again and reopens it.
    /// </summary>
    private static async Task StreamAsync(
        HttpContext http, Func<CancellationToken, IAsyncEnumerable<DriverSummary>> subscribe, JsonSerializerOptions json, TokenCurrency currency, TimeProvider time)
    {
        // Rounded up past the next whole millisecond: a timer counts whole milliseconds and may fire a fraction before
        // the expiry, and a client that reconnects the moment its stream ends must find its token already refused.
        var left = (TokenExpiry.Of(http.User) ?? time.GetUtcNow()) - time.GetUtcNow();
        var untilExpired = left > TimeSpan.Zero ? TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds) + 1) : TimeSpan.Zero;
        using var expired = new CancellationTokenSource(untilExpired, time);
        using var stale = new CancellationTokenSource();
        using var session = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, expired.Token, stale.Token);
        var watch = StampWatch.RunAsync(http.User, currency, time, stale, session.Token);
        // Subscribed before the headers go out: a client that acts once the stream is open sees what follows.
        var updates = subscribe(session.Token);
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        try
        {
            await http.Response.Body.FlushAsync(session.Token);
            await SseFormatter.WriteAsync(
                updates.Select(u => new SseItem<DriverSummary>(u, EventType)),
                http.Response.Body,
                (item, buffer) =>
                {
                    using var writer = new Utf8JsonWriter(buffer);
                    JsonSerializer.Serialize(writer, item.Data, json);
                },
                session.Token);
        }
        catch (OperationCanceledException) when (session.IsCancellationRequested)
        {
            // The client went away, its token expired or its account changed: the normal ends of a live stream.
        }
        finally
        {
            await session.CancelAsync();
            await watch;
        }
    }
}
