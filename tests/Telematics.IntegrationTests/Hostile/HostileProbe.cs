using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>What every hostile probe checks after its answer: the server still answers, and what it held before is intact.</summary>
internal static class HostileProbe
{
    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>One event as a device sends it, at <paramref name="timestamp"/>, with <paramref name="field"/> set to the raw JSON <paramref name="value"/>.</summary>
    public static string Event(DateTimeOffset timestamp, string? field = null, string? value = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["timestamp"] = $"\"{timestamp.ToString("O", CultureInfo.InvariantCulture)}\"",
            ["latitude"] = "45.5", ["longitude"] = "-73.6", ["speedMps"] = "13.4", ["headingDeg"] = "90",
            ["accelLongMps2"] = "-0.1", ["accelLatMps2"] = "0.4", ["accuracyM"] = "5", ["ignition"] = "true",
        };
        if (field is not null)
        {
            fields[field] = value!;
        }

        return "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}";
    }

    public static async Task AssertProblemNamingAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors should name '{field}': {body}");
    }

    /// <summary>The server answers its health check and an ordinary read after the probe.</summary>
    public static async Task AssertHealthyAsync(ApiFixture api)
    {
        Assert.Equal(HttpStatusCode.OK, (await api.Factory.CreateClient().GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Admin.GetAsync("/api/v1/admin/dashboard/stats")).StatusCode);
    }

    /// <summary>The trip in progress, as <c>GET /api/v1/trips/{id}</c> answers it.</summary>
    public static Task<JsonElement> TripAsync(ApiFixture api, string tripId) =>
        api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/trips/{tripId}");
}
