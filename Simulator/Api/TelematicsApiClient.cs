using System.Net.Http.Headers;
using System.Net.Http.Json;
using Telematics.Drivers;
using Telematics.Telemetry;

namespace Telematics.Simulator.Api;

/// <summary>Speaks the Api's HTTP contract: login, registration, event batches, and the trips and scores that come of them.</summary>
public sealed class TelematicsApiClient(HttpClient http)
{
    private sealed record LoginResponse(string Token);

    private sealed record DeviceResponse(string Key);

    /// <summary>Each vehicle's own device token, once <see cref="SignInDevicesAsync"/> ran; the login's token otherwise.</summary>
    private readonly Dictionary<string, AuthenticationHeaderValue> _vehicleTokens = [];

    public IReadOnlyDictionary<string, AuthenticationHeaderValue> VehicleTokens => _vehicleTokens;

    public async Task LoginAsync(ApiCredentials credentials, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = credentials.User, password = credentials.Password }, WireJson.Options, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var login = await response.Content.ReadFromJsonAsync<LoginResponse>(WireJson.Options, cancellationToken);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login!.Token);
    }

    /// <param name="policyStart">Null for now, as the API defaults it; trips that ended before it do not count towards the score.</param>
    public async Task RegisterDriverAsync(string driverId, string name, RatingVariables rating, DateTimeOffset? policyStart, string timeZoneId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/admin/drivers", new { driverId, name, rating, policyStart, timeZoneId }, WireJson.Options, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    public async Task RegisterVehicleAsync(string vehicleId, string driverId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/admin/vehicles", new { vehicleId, driverId }, WireJson.Options, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <returns>The device's key, which the API shows this once.</returns>
    public async Task<string> RegisterDeviceAsync(string deviceId, string vehicleId, string protocol, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/admin/devices", new { deviceId, vehicleId, protocol }, WireJson.Options, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<DeviceResponse>(WireJson.Options, cancellationToken))!.Key;
    }

    /// <summary>
    /// Registers a batch-API device per vehicle (signed in as admin) and exchanges each one's key for its token, which
    /// sends that vehicle's events from then on: outside Embedded mode there is no shared device login.
    /// </summary>
    public async Task SignInDevicesAsync(IEnumerable<string> vehicleIds, CancellationToken cancellationToken)
    {
        foreach (var vehicleId in vehicleIds)
        {
            var deviceId = $"{vehicleId}-BOX";
            var key = await RegisterDeviceAsync(deviceId, vehicleId, "batch", cancellationToken);
            using var response = await http.PostAsJsonAsync("/api/v1/auth/device", new { deviceId, key }, WireJson.Options, cancellationToken);
            await EnsureSuccessAsync(response, cancellationToken);
            var token = await response.Content.ReadFromJsonAsync<LoginResponse>(WireJson.Options, cancellationToken);
            _vehicleTokens[vehicleId] = new AuthenticationHeaderValue("Bearer", token!.Token);
        }
    }

    public async Task PostEventsAsync(string vehicleId, IReadOnlyList<TelematicsEvent> events, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/telemetry/events")
        {
            Content = JsonContent.Create(new EventBatch(vehicleId, events), options: WireJson.Options),
        };
        request.Headers.Authorization = _vehicleTokens.GetValueOrDefault(vehicleId);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>The driver's trips as the Api reports them, newest first.</summary>
    public async Task<IReadOnlyList<PlatformTrip>> GetTripsAsync(string driverId, int limit, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<PlatformTrip>>($"/api/v1/drivers/{driverId}/trips?limit={limit}", WireJson.Options, cancellationToken) ?? [];

    public async Task<PlatformScore> GetScoreAsync(string driverId, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<PlatformScore>($"/api/v1/risk/{driverId}/score", WireJson.Options, cancellationToken)
        ?? throw new HttpRequestException($"No score for {driverId}.");

    /// <summary>Throws on a failed answer, with its status and body (the API's problem details).</summary>
    /// <param name="request">What was asked, to head the message; none for the API's own calls.</param>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken, string? request = null)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var heading = request is null ? "" : $"{request}: ";
            throw new HttpRequestException($"{heading}{(int)response.StatusCode} {response.ReasonPhrase}: {body}", null, response.StatusCode);
        }
    }
}
