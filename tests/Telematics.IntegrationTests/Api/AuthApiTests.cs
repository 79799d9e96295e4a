using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Telematics.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class AuthApiTests(ApiFixture api)
{
    [Fact]
    public async Task A_wrong_password_gets_a_401_problem()
    {
        var response = await api.Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "nope" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reading_a_driver_needs_a_token()
    {
        var response = await api.Factory.CreateClient().GetAsync("/api/v1/drivers/DRV-AUTH-1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_driver_sees_their_own_data_and_nobody_elses()
    {
        await api.RegisterAsync("DRV-AUTH-1", "VEH-AUTH-1", password: "driver-one-pass");
        await api.RegisterAsync("DRV-AUTH-2", "VEH-AUTH-2");
        var driver = await api.Factory.LoginAsync("DRV-AUTH-1", "driver-one-pass");

        var me = await driver.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        var own = await driver.GetAsync("/api/v1/drivers/DRV-AUTH-1");
        var other = await driver.GetAsync("/api/v1/drivers/DRV-AUTH-2");
        var otherPremium = await driver.GetAsync("/api/v1/pricing/DRV-AUTH-2/current");
        var ingest = await driver.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId = "VEH-AUTH-1", events = Array.Empty<object>() });

        Assert.Equal("DRV-AUTH-1", me.GetProperty("driverId").GetString());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPremium.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ingest.StatusCode);
    }
}
