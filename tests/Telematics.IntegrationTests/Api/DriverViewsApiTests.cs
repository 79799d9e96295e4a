using System.Net.Http.Json;
using System.Text.Json;

namespace Telematics.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class DriverViewsApiTests(ApiFixture api)
{
    [Fact]
    public async Task A_trip_with_very_hard_brakings_notifies_the_driver_and_shows_in_their_statistics()
    {
        await api.RegisterAsync("DRV-NOTE-1", "VEH-NOTE-1", password: "driver-note-pass");
        var events = TestData.HarshTrip(seconds: 600, ago: TimeSpan.FromHours(2), brakingMphPerS: 12);
        (await api.Device.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId = "VEH-NOTE-1", events })).EnsureSuccessStatusCode();
        (await api.Device.PostAsync("/api/v1/telemetry/vehicles/VEH-NOTE-1/trips/end", null)).EnsureSuccessStatusCode();
        var driver = await api.Factory.LoginAsync("DRV-NOTE-1", "driver-note-pass");

        var notifications = await Poll.UntilAsync(
            () => driver.GetFromJsonAsync<JsonElement>("/api/v1/drivers/DRV-NOTE-1/notifications"), n => n.GetArrayLength() > 0);
        var statistics = await driver.GetFromJsonAsync<JsonElement>("/api/v1/drivers/DRV-NOTE-1/statistics");

        var braking = notifications.EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "HarshBraking");
        Assert.StartsWith("10 very hard braking", braking.GetProperty("message").GetString());
        Assert.Equal(1, statistics.GetProperty("trips").GetInt32());
        var miles = statistics.GetProperty("miles").GetDouble();
        Assert.Equal(100 * 10 / miles, statistics.GetProperty("harshBrakingsPer100Miles").GetDouble(), precision: 6);
    }
}
