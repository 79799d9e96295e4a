using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Telematics.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class IngestionApiTests(ApiFixture api)
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private Task<HttpResponseMessage> PostBatchAsync(string vehicleId, object events) =>
        api.Device.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId, events });

    [Fact]
    public async Task A_trip_posted_over_http_shows_up_in_the_drivers_trips_score_and_premium()
    {
        await api.RegisterAsync("DRV-API-1", "VEH-API-1");
        var events = TestData.HarshTrip(seconds: 600, ago: TimeSpan.FromHours(1));

        var first = await PostBatchAsync("VEH-API-1", events[..300]);
        var resent = await PostBatchAsync("VEH-API-1", events[..300]);
        var second = await PostBatchAsync("VEH-API-1", events[300..]);
        var ended = await api.Device.PostAsync("/api/v1/telemetry/vehicles/VEH-API-1/trips/end", null);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("""{"accepted":300,"duplicates":0}""", await first.Content.ReadAsStringAsync());
        Assert.Equal("""{"accepted":0,"duplicates":300}""", await resent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);

        var trips = await Poll.UntilAsync(() => api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/drivers/DRV-API-1/trips"), t => t.GetArrayLength() == 1);
        Assert.Equal(600, trips[0].GetProperty("eventCount").GetInt32());
        Assert.Equal(10, trips[0].GetProperty("features").GetProperty("harshBrakings").GetInt32());

        var driver = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/drivers/DRV-API-1");
        Assert.Equal(1, driver.GetProperty("tripCount").GetInt32());
        var score = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/risk/DRV-API-1/score");
        Assert.InRange(score.GetProperty("score").GetDouble(), 0, 100);
        Assert.False(string.IsNullOrEmpty(score.GetProperty("modelVersion").GetString()));
        var premium = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/pricing/DRV-API-1/current");
        Assert.True(premium.GetProperty("traditionalPremium").GetDecimal() > 0);
    }

    [Theory]
    [InlineData("""{"vehicleId":"VEH-API-2","events":[{"timestamp":"2026-01-05T07:30:00Z","latitude":45.5,""", "events[0]")]
    [InlineData("""{"vehicleId":"VEH-API-2","events":[{"timestamp":"2026-01-05T07:30:00Z","latitude":"north"}]}""", "events[0].latitude")]
    [InlineData("""{"vehicleId":"VEH-API-2","events":[{"timestamp":"2026-01-05T07:30:00Z","longitude":-73.6,"speedMps":10,"headingDeg":0,"accelLongMps2":0,"accelLatMps2":0}]}""", "events[0].latitude")]
    [InlineData("""{"vehicleId":"VEH-API-2","events":[{"timestamp":"2026-01-05T07:30:00Z","latitude":45.5,"longitude":-273.6,"speedMps":10,"headingDeg":0,"accelLongMps2":0,"accelLatMps2":0}]}""", "events[0].longitude")]
    [InlineData("""{"vehicleId":"VEH-API-2","events":[{"timestamp":"2099-01-05T07:30:00Z","latitude":45.5,"longitude":-73.6,"speedMps":10,"headingDeg":0,"accelLongMps2":0,"accelLatMps2":0}]}""", "events[0].timestamp")]
    [InlineData("""{"vehicleId":"VEH-API-2","events":[{"timestamp":"2026-01-05T07:30:00Z","latitude":45.5,"longitude":-73.6,"speedMps":10,"headingDeg":0,"accelLongMps2":-3.1}]}""", "events[0].accelLatMps2")]
    [InlineData("""{"events":[]}""", "vehicleId")]
    public async Task Bad_input_gets_a_problem_naming_the_field_and_leaves_accepted_events_alone(string body, string field)
    {
        var vehicleId = "VEH-API-2-" + Math.Abs(body.GetHashCode() % 100_000);
        await api.RegisterAsync("DRV-" + vehicleId, vehicleId);
        var good = TestData.HarshTrip(seconds: 20, ago: TimeSpan.FromHours(1));
        await PostBatchAsync(vehicleId, good[..10]);

        var response = await api.Device.PostAsync("/api/v1/telemetry/events", Json(body.Replace("VEH-API-2", vehicleId)));
        await PostBatchAsync(vehicleId, good[10..]);
        var ended = await api.Device.PostAsync($"/api/v1/telemetry/vehicles/{vehicleId}/trips/end", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
        var trip = await ended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(20, trip.GetProperty("eventCount").GetInt32());
    }

    [Fact]
    public async Task Events_for_an_unregistered_vehicle_are_refused()
    {
        var response = await PostBatchAsync("VEH-NOBODY", TestData.HarshTrip(seconds: 5, ago: TimeSpan.FromHours(1)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not registered", await response.Content.ReadAsStringAsync());
    }
}
