using System.Net.Http.Json;
using System.Text.Json;

namespace Telematics.IntegrationTests.Api;

/// <summary>The embedded default as a newcomer runs it: the built-in fleet registers, drives and gets scored and priced.</summary>
public sealed class EmbeddedRunTests
{
    [Fact]
    public async Task The_built_in_fleet_drivers_have_trips_scores_and_premiums_and_can_sign_in()
    {
        await using var factory = new FleetApiFactory();
        var admin = await factory.LoginAsync("admin", "admin-dev");

        var trips = await Poll.UntilAsync(() => admin.GetFromJsonAsync<JsonElement>("/api/v1/drivers/DRV-0003/trips"), t => t.GetArrayLength() >= FleetApiFactory.HistoryTrips, seconds: 60);
        var score = await admin.GetFromJsonAsync<JsonElement>("/api/v1/risk/DRV-0003/score");
        var driver = await factory.LoginAsync("DRV-0001", "driver-dev");
        var premium = await driver.GetFromJsonAsync<JsonElement>("/api/v1/pricing/DRV-0001/current");

        Assert.True(trips[0].GetProperty("features").GetProperty("distanceMiles").GetDouble() > 0);
        Assert.InRange(score.GetProperty("score").GetDouble(), 0, 100);
        Assert.True(premium.GetProperty("telematicsPremium").GetDecimal() > 0);
    }
}
