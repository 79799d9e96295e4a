using System.Net.Http.Json;
using System.Text.Json;

namespace Telematics.IntegrationTests.Api;

/// <summary>The routes DESIGN.md promises to clients, the simulator and outside checks are all in the OpenAPI document.</summary>
[Collection(ApiCollection.Name)]
public sealed class ContractTests(ApiFixture api)
{
    [Theory]
    [InlineData("/api/v1/telemetry/events", "post")]
    [InlineData("/api/v1/telemetry/vehicles/{vehicleId}/trips/end", "post")]
    [InlineData("/api/v1/drivers/{id}", "get")]
    [InlineData("/api/v1/drivers/{id}/trips", "get")]
    [InlineData("/api/v1/drivers/{id}/statistics", "get")]
    [InlineData("/api/v1/drivers/{id}/notifications", "get")]
    [InlineData("/api/v1/trips/{tripId}", "get")]
    [InlineData("/api/v1/risk/{id}/score", "get")]
    [InlineData("/api/v1/risk/{id}/breakdown", "get")]
    [InlineData("/api/v1/risk/{id}/trend", "get")]
    [InlineData("/api/v1/risk/batch-calculate", "post")]
    [InlineData("/api/v1/risk/batch", "get")]
    [InlineData("/api/v1/risk/batch/{jobId}", "get")]
    [InlineData("/api/v1/risk/batch/{jobId}", "delete")]
    [InlineData("/api/v1/pricing/{id}/current", "get")]
    [InlineData("/api/v1/pricing/{id}/recalculate-premium", "post")]
    [InlineData("/api/v1/auth/login", "post")]
    [InlineData("/api/v1/auth/me", "get")]
    [InlineData("/api/v1/admin/dashboard/stats", "get")]
    [InlineData("/api/v1/admin/dashboard/trips-per-day", "get")]
    [InlineData("/api/v1/admin/drivers", "get")]
    [InlineData("/api/v1/admin/drivers", "post")]
    [InlineData("/api/v1/admin/vehicles", "post")]
    [InlineData("/api/v1/admin/devices", "post")]
    [InlineData("/api/v1/admin/devices/{id}/key", "post")]
    [InlineData("/api/v1/admin/devices/{id}/key", "delete")]
    [InlineData("/api/v1/auth/device", "post")]
    [InlineData("/api/v1/admin/devices", "get")]
    [InlineData("/api/v1/admin/audit", "get")]
    [InlineData("/api/v1/admin/audit/verify", "get")]
    [InlineData("/api/v1/admin/users", "post")]
    [InlineData("/api/v1/admin/users", "get")]
    [InlineData("/api/v1/admin/users/{id}", "get")]
    [InlineData("/api/v1/admin/users/{id}/disable", "post")]
    [InlineData("/api/v1/admin/users/{id}/enable", "post")]
    [InlineData("/api/v1/admin/users/{id}/password", "put")]
    [InlineData("/api/v1/admin/users/{id}/role", "put")]
    [InlineData("/api/v1/auth/password", "put")]
    [InlineData("/api/v1/live/drivers/{id}", "get")]
    [InlineData("/api/v1/live/admin", "get")]
    [InlineData("/api/v1/drivers/{id}", "patch")]
    [InlineData("/api/v1/admin/policies", "get")]
    [InlineData("/api/v1/admin/policies", "post")]
    [InlineData("/api/v1/admin/policies/{number}/renew", "post")]
    [InlineData("/api/v1/admin/policies/{number}/cancel", "post")]
    [InlineData("/api/v1/policies/{number}", "get")]
    [InlineData("/api/v1/admin/simulator/trips", "post")]
    public async Task The_openapi_document_has_the_route(string path, string method)
    {
        var document = await api.Factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is missing");
        Assert.True(operations.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is missing");
    }

    [Fact]
    public async Task Operations_endpoints_answer_without_a_token()
    {
        var client = api.Factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
        Assert.Contains("http_server_request_duration", await client.GetStringAsync("/metrics"));
    }
}
