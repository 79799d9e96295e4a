using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Telematics.IntegrationTests.Accounts;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Insurance;

/// <summary>PATCH /api/v1/drivers/{id}: who may change what, the checks, the audit entry, and the rating variables pricing uses.</summary>
[Collection(AccountsApiCollection.Name)]
public sealed class DriverProfileApiTests(AccountsApiFixture api)
{
    private const string DriverPassword = "profile-driver-pass";

    private async Task<(string Driver, HttpClient Client)> RegisterAsync()
    {
        var driver = $"DRV-{Guid.NewGuid():N}"[..16];
        await ApiFixture.RegisterAsync(api.Admin, driver, $"VEH-{driver[4..]}", DriverPassword);
        return (driver, await api.Factory.LoginAsync(driver, DriverPassword));
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string driver, string json) =>
        client.PatchAsync($"/api/v1/drivers/{driver}", new StringContent(json, Encoding.UTF8, "application/merge-patch+json"));

    [Fact]
    public async Task A_driver_changes_their_name_and_contact_details_and_the_audit_trail_has_before_and_after()
    {
        var (driver, client) = await RegisterAsync();

        var changed = await PatchAsync(client, driver, """{"name":"Ada Lovelace","email":"ada@example.com","phone":"+44 20 7946 0000"}""");
        var cleared = await PatchAsync(client, driver, """{"phone":""}""");
        var profile = await client.GetFromJsonAsync<JsonElement>($"/api/v1/drivers/{driver}");
        var listed = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/drivers?search={driver}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (changed.StatusCode, cleared.StatusCode));
        Assert.Equal("Ada Lovelace", listed.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal(("Ada Lovelace", "ada@example.com", JsonValueKind.Null),
            (profile.GetProperty("name").GetString(), profile.GetProperty("email").GetString(), profile.GetProperty("phone").ValueKind));
        var audit = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?action=UpdateDriver&limit=500");
        var entry = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("record"))
            .Single(e => e.GetProperty("resourceId").GetString() == driver && e.GetProperty("after").GetString()!.Contains("ada@example.com") && e.GetProperty("before").GetString()!.Contains("Api Test"));
        Assert.Equal((driver, 200), (entry.GetProperty("actor").GetString(), entry.GetProperty("outcome").GetInt32()));
    }

    [Fact]
    public async Task Only_an_admin_changes_rating_variables_and_pricing_uses_them_from_then_on()
    {
        var (driver, client) = await RegisterAsync();
        var number = $"POL-{driver[4..]}";
        Assert.Equal(HttpStatusCode.Created, (await api.Admin.PostAsJsonAsync("/api/v1/admin/policies", new { number, driverId = driver })).StatusCode);
        var before = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/pricing/{driver}/current");

        var byDriver = await PatchAsync(client, driver, """{"rating":{"insuredAge":19}}""");
        var byAdmin = await PatchAsync(api.Admin, driver, """{"rating":{"insuredAge":19,"yearsNoClaims":1}}""");
        var recalculated = await api.Admin.PostAsync($"/api/v1/pricing/{driver}/recalculate-premium", null);
        var after = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/pricing/{driver}/current");
        var profile = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/drivers/{driver}");
        var policy = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/policies/{number}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.OK), (byDriver.StatusCode, byAdmin.StatusCode, recalculated.StatusCode));
        Assert.Equal((19, 1, 700), (profile.GetProperty("rating").GetProperty("insuredAge").GetInt32(),
            profile.GetProperty("rating").GetProperty("yearsNoClaims").GetInt32(), profile.GetProperty("rating").GetProperty("creditScore").GetInt32()));
        // A 19-year-old with a year without claims rates higher than the 40-year-old with twenty.
        Assert.True(after.GetProperty("traditionalPremium").GetDecimal() > before.GetProperty("traditionalPremium").GetDecimal(), $"{before} → {after}");
        Assert.True(after.GetProperty("telematicsPremium").GetDecimal() > before.GetProperty("telematicsPremium").GetDecimal(), $"{before} → {after}");
        Assert.Equal(after.GetProperty("telematicsPremium").GetDecimal(), policy.GetProperty("telematicsPremium").GetDecimal());
        Assert.Equal(["rating variables changed", "policy issued"], policy.GetProperty("premiumHistory").EnumerateArray().Select(c => c.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Bad_fields_get_a_400_naming_the_field_and_change_nothing()
    {
        var (driver, client) = await RegisterAsync();

        var unknownField = await PatchAsync(client, driver, """{"nickname":"Speedy"}""");
        var unknownRatingField = await PatchAsync(api.Admin, driver, """{"rating":{"horsepower":300}}""");
        var badEmail = await PatchAsync(client, driver, """{"email":"not an address"}""");
        var blankName = await PatchAsync(client, driver, """{"name":"  "}""");
        var outOfRange = await PatchAsync(api.Admin, driver, """{"rating":{"creditScore":5000}}""");
        var unknownDriver = await PatchAsync(api.Admin, "DRV-NOBODY", """{"name":"Nobody"}""");
        var profile = await client.GetFromJsonAsync<JsonElement>($"/api/v1/drivers/{driver}");

        foreach (var (response, field) in new[] { (badEmail, "email"), (blankName, "name"), (outOfRange, "rating.creditScore") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), field);
        }

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (unknownField.StatusCode, unknownRatingField.StatusCode, unknownDriver.StatusCode));
        Assert.Contains("nickname", await unknownField.Content.ReadAsStringAsync());
        Assert.Contains("horsepower", await unknownRatingField.Content.ReadAsStringAsync());
        Assert.Equal(("Api Test", 700), (profile.GetProperty("name").GetString(), profile.GetProperty("rating").GetProperty("creditScore").GetInt32()));
    }

    [Theory]
    [InlineData("admin", """{"name":"By Admin"}""", HttpStatusCode.OK)]
    [InlineData("self", """{"name":"By Self"}""", HttpStatusCode.OK)]
    [InlineData("other-driver", """{"name":"By Other"}""", HttpStatusCode.Forbidden)]
    [InlineData("underwriter", """{"name":"By Underwriter"}""", HttpStatusCode.Forbidden)]
    [InlineData("device", """{"name":"By Device"}""", HttpStatusCode.Forbidden)]
    [InlineData("anonymous", """{"name":"By Nobody"}""", HttpStatusCode.Unauthorized)]
    public async Task Only_the_driver_or_an_admin_patches_a_profile(string caller, string json, HttpStatusCode expected)
    {
        var (driver, self) = await RegisterAsync();
        var client = caller switch
        {
            "admin" => api.Admin,
            "self" => self,
            "other-driver" => (await RegisterAsync()).Client,
            "underwriter" => await UnderwriterAsync(),
            "device" => api.Device,
            _ => api.Factory.CreateClient(),
        };

        Assert.Equal(expected, (await PatchAsync(client, driver, json)).StatusCode);
    }

    private async Task<HttpClient> UnderwriterAsync()
    {
        var username = $"uw-{Guid.NewGuid():N}"[..16];
        await api.Admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = "underwriter-pass-1", role = "underwriter" });
        return await api.Factory.LoginAsync(username, "underwriter-pass-1");
    }
}
