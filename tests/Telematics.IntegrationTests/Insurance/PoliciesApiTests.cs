using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telematics.IntegrationTests.Accounts;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Insurance;

/// <summary>Policies through the API: issue, read, list, renew and cancel, who may do each, and what the audit trail records.</summary>
[Collection(AccountsApiCollection.Name)]
public sealed class PoliciesApiTests(AccountsApiFixture api)
{
    private const string DriverPassword = "policy-driver-pass";

    private static string NewId(string kind) => $"{kind}-{Guid.NewGuid():N}"[..16];

    /// <summary>A registered driver with their vehicle and a policy; returns the driver id, vehicle id and policy number.</summary>
    private async Task<(string Driver, string Vehicle, string Number)> IssueAsync()
    {
        var (driver, vehicle, number) = (NewId("DRV"), NewId("VEH"), NewId("POL"));
        await ApiFixture.RegisterAsync(api.Admin, driver, vehicle, DriverPassword);
        var created = await api.Admin.PostAsJsonAsync("/api/v1/admin/policies", new { number, driverId = driver, vehicleIds = new[] { vehicle } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (driver, vehicle, number);
    }

    private async Task<List<JsonElement>> AuditEntriesAsync(string action, string resourceId)
    {
        var audit = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?action={action}&limit=500");
        return [.. audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("record")).Where(e => e.GetProperty("resourceId").GetString() == resourceId)];
    }

    private async Task<JsonElement> AuditEntryAsync(string action, string resourceId) =>
        (await AuditEntriesAsync(action, resourceId)).Single(e => e.GetProperty("outcome").GetInt32() is >= 200 and < 300);

    [Fact]
    public async Task An_issued_policy_has_the_drivers_premiums_and_its_number_is_taken()
    {
        var (driver, vehicle, number) = await IssueAsync();
        var premium = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/pricing/{driver}/current");

        var policy = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/policies/{number}");
        var duplicate = await api.Admin.PostAsJsonAsync("/api/v1/admin/policies", new { number, driverId = driver });
        var secondActive = await api.Admin.PostAsJsonAsync("/api/v1/admin/policies", new { number = NewId("POL"), driverId = driver });
        var unknownDriver = await api.Admin.PostAsJsonAsync("/api/v1/admin/policies", new { number = NewId("POL"), driverId = "DRV-NOBODY" });
        var otherVehicle = await api.Admin.PostAsJsonAsync("/api/v1/admin/policies", new { number = NewId("POL"), driverId = driver, vehicleIds = new[] { "VEH-NOBODY" } });
        var badTerm = await api.Admin.PostAsJsonAsync("/api/v1/admin/policies",
            new { number = NewId("POL"), driverId = driver, termStart = "2026-05-01T00:00:00Z", termEnd = "2026-04-01T00:00:00Z" });

        Assert.Equal((driver, vehicle, "Active"), (policy.GetProperty("driverId").GetString(), policy.GetProperty("vehicleIds")[0].GetString(), policy.GetProperty("status").GetString()));
        Assert.Equal(premium.GetProperty("telematicsPremium").GetDecimal(), policy.GetProperty("telematicsPremium").GetDecimal());
        Assert.Equal(premium.GetProperty("traditionalPremium").GetDecimal(), policy.GetProperty("traditionalPremium").GetDecimal());
        Assert.Equal("policy issued", policy.GetProperty("premiumHistory")[0].GetProperty("reason").GetString());
        Assert.Equal(
            (HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest),
            (duplicate.StatusCode, secondActive.StatusCode, unknownDriver.StatusCode, otherVehicle.StatusCode, badTerm.StatusCode));
        Assert.True((await otherVehicle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("vehicleIds[0]", out _));
        Assert.True((await badTerm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("termEnd", out _));
        var entries = await AuditEntriesAsync("CreatePolicy", number);
        Assert.Equal([201, 409], entries.Select(e => e.GetProperty("outcome").GetInt32()).Order());
        Assert.Contains($"\"driverId\":\"{driver}\"", entries.Single(e => e.GetProperty("outcome").GetInt32() == 201).GetProperty("after").GetString());
    }

    [Fact]
    public async Task A_driver_reads_their_own_policy_and_gets_403_for_any_other()
    {
        var (driver, _, number) = await IssueAsync();
        var (_, _, otherNumber) = await IssueAsync();
        var client = await api.Factory.LoginAsync(driver, DriverPassword);

        var own = await client.GetAsync($"/api/v1/policies/{number}");
        var other = await client.GetAsync($"/api/v1/policies/{otherNumber}");
        var missing = await client.GetAsync("/api/v1/policies/POL-NOBODY");
        var missingForAdmin = await api.Admin.GetAsync("/api/v1/policies/POL-NOBODY");
        var badId = await api.Admin.GetAsync("/api/v1/policies/bad%20id");

        Assert.Equal(
            (HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.BadRequest),
            (own.StatusCode, other.StatusCode, missing.StatusCode, missingForAdmin.StatusCode, badId.StatusCode));
    }

    [Fact]
    public async Task A_renewal_starts_the_next_term_and_a_cancelled_policy_cannot_be_renewed()
    {
        var (driver, _, number) = await IssueAsync();
        var first = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/policies/{number}");

        var renewed = await api.Admin.PostAsync($"/api/v1/admin/policies/{number}/renew", null);
        var again = await api.Admin.PostAsync($"/api/v1/admin/policies/{number}/renew", null);
        var next = await renewed.Content.ReadFromJsonAsync<JsonElement>();
        var old = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/policies/{number}");
        var cancelled = await api.Admin.PostAsync($"/api/v1/admin/policies/{number}-R1/cancel", null);
        var cancelledTwice = await api.Admin.PostAsync($"/api/v1/admin/policies/{number}-R1/cancel", null);
        var renewCancelled = await api.Admin.PostAsJsonAsync($"/api/v1/admin/policies/{number}-R1/renew", new { number = NewId("POL") });
        var unknown = await api.Admin.PostAsync("/api/v1/admin/policies/POL-NOBODY/renew", null);
        var listed = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/policies?driverId={driver}&sortBy=termStart");

        Assert.Equal(HttpStatusCode.Created, renewed.StatusCode);
        Assert.Equal($"/api/v1/policies/{number}-R1", renewed.Headers.Location!.ToString());
        Assert.Equal((first.GetProperty("termEnd").GetDateTimeOffset(), number), (next.GetProperty("termStart").GetDateTimeOffset(), next.GetProperty("renewalOf").GetString()));
        Assert.Equal(("Renewed", $"{number}-R1"), (old.GetProperty("status").GetString(), old.GetProperty("renewedAs").GetString()));
        Assert.Equal(
            (HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.NotFound),
            (again.StatusCode, cancelled.StatusCode, cancelledTwice.StatusCode, renewCancelled.StatusCode, unknown.StatusCode));
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal([number, $"{number}-R1"], listed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("number").GetString()));
        var renewal = await AuditEntryAsync("RenewPolicy", number);
        Assert.Contains("\"status\":\"Active\"", renewal.GetProperty("before").GetString());
        Assert.Contains($"\"renewalOf\":\"{number}\"", renewal.GetProperty("after").GetString());
        Assert.Contains("\"status\":\"Cancelled\"", (await AuditEntryAsync("CancelPolicy", $"{number}-R1")).GetProperty("after").GetString());
    }

    [Fact]
    public async Task The_admin_list_pages_by_cursor_and_refuses_bad_parameters()
    {
        var (driver, _, number) = await IssueAsync();
        await api.Admin.PostAsync($"/api/v1/admin/policies/{number}/renew", null);
        await api.Admin.PostAsync($"/api/v1/admin/policies/{number}-R1/renew", null);

        var first = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/policies?driverId={driver}&sortBy=termEnd&descending=true&pageSize=2");
        var second = await api.Admin.GetFromJsonAsync<JsonElement>(
            $"/api/v1/admin/policies?driverId={driver}&sortBy=termEnd&descending=true&pageSize=2&after={first.GetProperty("next").GetString()}");
        var renewedOnly = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/policies?driverId={driver}&status=renewed");
        var bad = await api.Admin.GetAsync("/api/v1/admin/policies?sortBy=color&status=lapsed&pageSize=0&after=garbage");

        Assert.Equal([$"{number}-R2", $"{number}-R1"], first.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("number").GetString()));
        Assert.Equal([number], second.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("number").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        Assert.Equal(2, renewedOnly.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(new[] { "sortBy", "status", "pageSize", "after" }, field => Assert.True(errors.TryGetProperty(field, out _), field));
    }

    [Theory]
    [InlineData("POST", "/api/v1/admin/policies", "admin")]
    [InlineData("GET", "/api/v1/admin/policies", "admin,underwriter")]
    [InlineData("POST", "/api/v1/admin/policies/POL-NONE/renew", "admin")]
    [InlineData("POST", "/api/v1/admin/policies/POL-NONE/cancel", "admin")]
    [InlineData("GET", "/api/v1/policies/POL-NONE", "admin,underwriter")]
    public async Task Only_the_roles_named_may_call_the_route(string method, string route, string allowed)
    {
        var (driver, _, _) = await IssueAsync();
        var underwriter = NewId("uw");
        Assert.Equal(HttpStatusCode.Created, (await api.Admin.PostAsJsonAsync("/api/v1/admin/users", new { username = underwriter, password = "underwriter-pass-1", role = "underwriter" })).StatusCode);
        var clients = new Dictionary<string, HttpClient>
        {
            ["admin"] = api.Admin,
            ["underwriter"] = await api.Factory.LoginAsync(underwriter, "underwriter-pass-1"),
            ["driver"] = await api.Factory.LoginAsync(driver, DriverPassword),
            ["device"] = api.Device,
        };

        foreach (var (role, client) in clients)
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), route) { Content = JsonContent.Create(new { }) });
            var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
            Assert.True(allowed.Split(',').Contains(role) != refused, $"{role}: {method} {route} got {response.StatusCode}");
        }

        var anonymous = await api.Factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), route) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
