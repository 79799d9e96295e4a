using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Telematics.Drivers;
using Telematics.Telemetry;

namespace Telematics.Simulator.Api;

/// <summary>Speaks the Api's HTTP contract: login, registration and event batches.</summary>
public sealed class TelematicsApiClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record LoginResponse(string Token);

    public async Task LoginAsync(string username, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { username, password }, Json, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var login = await response.Content.ReadFromJsonAsync<LoginResponse>(Json, cancellationToken);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login!.Token);
    }

    public async Task RegisterDriverAsync(string driverId, string name, RatingVariables rating, string? password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/admin/drivers", new { driverId, name, rating, password }, Json, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    public async Task RegisterVehicleAsync(string vehicleId, string driverId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/admin/vehicles", new { vehicleId, driverId }, Json, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    public async Task PostEventsAsync(string vehicleId, IReadOnlyList<TelematicsEvent> events, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId, events }, Json, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}: {body}", null, response.StatusCode);
        }
    }
}
