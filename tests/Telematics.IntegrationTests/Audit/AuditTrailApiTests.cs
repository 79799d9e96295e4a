using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telematics.IntegrationTests.Accounts;

namespace Telematics.IntegrationTests.Audit;

/// <summary>What the Api records in the audit trail, and who may read and verify it.</summary>
[Collection(AccountsApiCollection.Name)]
public sealed class AuditTrailApiTests(AccountsApiFixture api)
{
    /// <summary>The recorded content of the entries the query finds, newest first.</summary>
    private async Task<List<JsonElement>> EntriesAsync(string query)
    {
        var page = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?{query}");
        return [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("record"))];
    }

    [Fact]
    public async Task A_registration_is_recorded_with_its_resource_address_request_and_summary_without_the_password()
    {
        await api.RegisterAsync("DRV-AUDIT-1", "VEH-AUDIT-1", password: "secret-audit-pass");

        var entry = Assert.Single(await EntriesAsync("resourceType=driver&resourceId=DRV-AUDIT-1"));
        Assert.Equal(("admin", "admin", "RegisterDriver", 201), (entry.GetProperty("actor").GetString(), entry.GetProperty("role").GetString(),
            entry.GetProperty("action").GetString(), entry.GetProperty("outcome").GetInt32()));
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("requestId").GetString()));
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("before").ValueKind);
        var after = entry.GetProperty("after").GetString()!;
        Assert.Contains("\"name\":\"Api Test\"", after);
        Assert.Contains("\"login\":true", after);
        Assert.DoesNotContain("secret-audit-pass", after);
        var vehicle = Assert.Single(await EntriesAsync("resourceType=vehicle&resourceId=VEH-AUDIT-1"));
        Assert.Equal("RegisterVehicle", vehicle.GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_refused_registration_is_recorded_with_the_status_sent()
    {
        await api.RegisterAsync("DRV-AUDIT-2", "VEH-AUDIT-2");

        var again = await api.Admin.PostAsJsonAsync("/api/v1/admin/vehicles", new { vehicleId = "VEH-AUDIT-2", driverId = "DRV-AUDIT-NONE" });

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal([404, 201], (await EntriesAsync("resourceType=vehicle&resourceId=VEH-AUDIT-2")).Select(e => e.GetProperty("outcome").GetInt32()));
    }

    [Fact]
    public async Task Sign_ins_and_failed_sign_ins_are_recorded_under_the_username_tried()
    {
        var client = api.Factory.CreateClient();
        var username = $"nobody-{Guid.NewGuid():N}"[..16];

        var failed = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password = "wrong" });
        await api.RegisterAsync("DRV-AUDIT-3", "VEH-AUDIT-3", password: "driver-audit-pass");
        await api.Factory.LoginAsync("DRV-AUDIT-3", "driver-audit-pass");

        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        var refused = Assert.Single(await EntriesAsync($"actor={username}"));
        Assert.Equal(("Login", "session", 401), (refused.GetProperty("action").GetString(), refused.GetProperty("resourceType").GetString(), refused.GetProperty("outcome").GetInt32()));
        var signedIn = Assert.Single(await EntriesAsync("actor=DRV-AUDIT-3&action=Login"));
        Assert.Equal(200, signedIn.GetProperty("outcome").GetInt32());
    }

    [Fact]
    public async Task Refused_requests_are_recorded_with_who_asked()
    {
        await api.RegisterAsync("DRV-AUDIT-4", "VEH-AUDIT-4", password: "driver-audit-pass");
        var driver = await api.Factory.LoginAsync("DRV-AUDIT-4", "driver-audit-pass");

        var forbidden = await driver.GetAsync("/api/v1/admin/dashboard/stats");
        var otherDriver = await driver.GetAsync("/api/v1/drivers/DRV-AUDIT-1");
        var anonymous = await api.Factory.CreateClient().GetAsync("/api/v1/drivers/DRV-AUDIT-4");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (forbidden.StatusCode, otherDriver.StatusCode, anonymous.StatusCode));
        var refused = await EntriesAsync("actor=DRV-AUDIT-4");
        Assert.Contains(refused, e => e.GetProperty("action").GetString() == "GetPortfolioStatistics" && e.GetProperty("outcome").GetInt32() == 403
            && e.GetProperty("role").GetString() == "driver");
        Assert.Contains(refused, e => e.GetProperty("resourceId").GetString() == "DRV-AUDIT-1" && e.GetProperty("outcome").GetInt32() == 403);
        Assert.Contains(await EntriesAsync("actor=anonymous&resourceId=DRV-AUDIT-4"), e => e.GetProperty("outcome").GetInt32() == 401);
    }

    [Fact]
    public async Task The_trail_verifies_and_pages_by_keyset()
    {
        await api.RegisterAsync("DRV-AUDIT-5", "VEH-AUDIT-5");

        var verification = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit/verify");
        var first = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit?limit=1");
        var next = first.GetProperty("nextBefore").GetInt64();
        var second = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?limit=1&before={next}");

        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.GetProperty("problem").GetString());
        Assert.True(verification.GetProperty("entries").GetInt64() >= 2);
        Assert.Equal(next - 1, second.GetProperty("items")[0].GetProperty("sequence").GetInt64());
        Assert.Equal(first.GetProperty("items")[0].GetProperty("previousHash").GetString(), second.GetProperty("items")[0].GetProperty("hash").GetString());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("before=0", "before")]
    [InlineData("from=2026-12-02T08:00:00Z&to=2026-12-02T07:00:00Z", "to")]
    [InlineData("before=abc", "before")]
    public async Task A_bad_query_gets_a_problem_naming_its_field(string query, string field)
    {
        var response = await api.Admin.GetAsync($"/api/v1/admin/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/v1/admin/audit", "admin", HttpStatusCode.OK)]
    [InlineData("/api/v1/admin/audit", "device", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/admin/audit", "driver", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/admin/audit", null, HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/admin/audit/verify", "admin", HttpStatusCode.OK)]
    [InlineData("/api/v1/admin/audit/verify", "device", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/admin/audit/verify", "driver", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/admin/audit/verify", null, HttpStatusCode.Unauthorized)]
    public async Task Only_an_admin_reads_the_trail(string route, string? role, HttpStatusCode expected)
    {
        var client = role switch
        {
            "admin" => api.Admin,
            "device" => api.Device,
            "driver" => await DriverAsync(),
            _ => api.Factory.CreateClient(),
        };

        Assert.Equal(expected, (await client.GetAsync(route)).StatusCode);
    }

    private async Task<HttpClient> DriverAsync()
    {
        var id = $"DRV-AUDIT-R{Guid.NewGuid():N}"[..20];
        await api.RegisterAsync(id, id.Replace("DRV", "VEH"), password: "driver-audit-pass");
        return await api.Factory.LoginAsync(id, "driver-audit-pass");
    }
}
