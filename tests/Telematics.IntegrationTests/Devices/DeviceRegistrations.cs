using System.Net;
using System.Net.Http.Json;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Devices;

/// <summary>Registers a driver, their vehicle and a device for it through the admin API.</summary>
internal static class DeviceRegistrations
{
    public static async Task RegisterDeviceAsync(this ApiFixture api, string deviceId, string vehicleId, string protocol, bool newVehicle = true)
    {
        if (newVehicle)
        {
            await api.RegisterAsync("DRV-" + vehicleId, vehicleId);
        }

        var response = await api.Admin.PostAsJsonAsync("/api/v1/admin/devices", new { deviceId, vehicleId, protocol });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Ends the vehicle's trip and returns how many events it held; 0 when no trip was open.</summary>
    public static async Task<int> EndTripEventCountAsync(this ApiFixture api, string vehicleId)
    {
        var ended = await api.Device.PostAsync($"/api/v1/telemetry/vehicles/{vehicleId}/trips/end", null);
        return ended.StatusCode == HttpStatusCode.NotFound
            ? 0
            : (await ended.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("eventCount").GetInt32();
    }
}
