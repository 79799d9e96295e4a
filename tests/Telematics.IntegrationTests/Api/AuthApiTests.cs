using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Telematics.Api.Auth;

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

    [Fact]
    public async Task A_token_altered_after_it_was_accepted_is_refused()
    {
        await api.RegisterAsync("DRV-AUTH-3", "VEH-AUTH-3", password: "driver-three-pass");
        var driver = await api.Factory.LoginAsync("DRV-AUTH-3", "driver-three-pass");
        var accepted = await driver.GetAsync("/api/v1/drivers/DRV-AUTH-3");
        var token = driver.DefaultRequestHeaders.Authorization!.Parameter!;
        var forger = api.Factory.CreateClient();
        forger.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ClaimOtherDriver(token));

        var forged = await forger.GetAsync("/api/v1/drivers/DRV-AUTH-1");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.True(api.Factory.Services.GetRequiredService<ValidatedTokenCache>().TryGet(token, out _));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    /// <summary>The token with its payload's driver id changed and its signature kept.</summary>
    private static string ClaimOtherDriver(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("DRV-AUTH-3", "DRV-AUTH-1");
        return string.Join('.', parts[0], Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)), parts[2]);
    }
}
