using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Telematics.IntegrationTests.Api;

/// <summary><c>GET /api/v1/drivers/{id}/trips</c> pages the trip history by keyset, newest first, the next page named in the Link header.</summary>
[Collection(ApiCollection.Name)]
public sealed class DriverTripsApiTests(ApiFixture api)
{
    [Fact]
    public async Task Following_the_link_header_walks_every_trip_newest_first_and_the_last_page_has_no_link()
    {
        await api.RegisterAsync("DRV-PAGE-1", "VEH-PAGE-1");
        foreach (var hoursAgo in new[] { 5, 3, 1 })
        {
            var events = TestData.HarshTrip(seconds: 60, ago: TimeSpan.FromHours(hoursAgo));
            (await api.Device.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId = "VEH-PAGE-1", events })).EnsureSuccessStatusCode();
            (await api.Device.PostAsync("/api/v1/telemetry/vehicles/VEH-PAGE-1/trips/end", null)).EnsureSuccessStatusCode();
        }

        await Poll.UntilAsync(() => api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/drivers/DRV-PAGE-1/trips"), t => t.GetArrayLength() == 3);
        var first = await api.Admin.GetAsync("/api/v1/drivers/DRV-PAGE-1/trips?limit=2");
        var next = NextLink(first);
        var last = await api.Admin.GetAsync(next);

        Assert.Equal(["VEH-PAGE-1-T000003", "VEH-PAGE-1-T000002"], await TripIdsAsync(first));
        Assert.StartsWith("/api/v1/drivers/DRV-PAGE-1/trips?before=", next);
        Assert.EndsWith("&limit=2", next);
        Assert.Equal(["VEH-PAGE-1-T000001"], await TripIdsAsync(last));
        Assert.False(last.Headers.Contains("Link"));
    }

    [Theory]
    [InlineData("before=not-a-cursor", "before")]
    [InlineData("before=MTIzNDU2Nzg5MH5ub3QgYSB0cmlw", "before")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    public async Task A_bad_cursor_or_limit_is_a_problem_naming_it(string query, string field)
    {
        // Checked before the driver is looked up: the answer is the same for a driver that does not exist.
        var response = await api.Admin.GetAsync($"/api/v1/drivers/DRV-PAGE-2/trips?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private static string NextLink(HttpResponseMessage response)
    {
        var link = Assert.Single(response.Headers.GetValues("Link"));
        Assert.EndsWith(">; rel=\"next\"", link);
        return link[1..link.IndexOf('>')];
    }

    private static async Task<List<string?>> TripIdsAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        var trips = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. trips.EnumerateArray().Select(t => t.GetProperty("tripId").GetString())];
    }
}
