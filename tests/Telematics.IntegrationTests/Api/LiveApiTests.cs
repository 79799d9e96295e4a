using System.Net.Http.Json;
using System.Text.Json;

namespace Telematics.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class LiveApiTests(ApiFixture api)
{
    [Fact]
    public async Task The_admin_live_feed_streams_a_driver_update_as_a_server_sent_event()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await api.Admin.GetAsync("/api/v1/live/admin", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        await api.RegisterAsync("DRV-LIVE-API", "VEH-LIVE-API");

        string? eventType = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: "))
            {
                eventType = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ") && JsonDocument.Parse(line["data: ".Length..]).RootElement.GetProperty("driverId").GetString() == "DRV-LIVE-API")
            {
                Assert.Equal("driver-updated", eventType);
                return;
            }
        }

        Assert.Fail("The stream ended without the driver's update.");
    }
}
