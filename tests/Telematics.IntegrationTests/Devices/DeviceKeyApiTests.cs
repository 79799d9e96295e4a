using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telematics.Api.Devices;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Devices;

/// <summary>A key per device: issued at registration, exchanged for a token bound to its vehicle, rotated and revoked by an admin.</summary>
[Collection(ApiCollection.Name)]
public sealed class DeviceKeyApiTests(ApiFixture api)
{
    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    private async Task<string> VehicleAsync()
    {
        var vehicleId = NewId("VEH-KEY");
        await api.RegisterAsync(vehicleId.Replace("VEH", "DRV"), vehicleId);
        return vehicleId;
    }

    private static object Batch(string vehicleId) => new
    {
        vehicleId,
        events = new[] { new { timestamp = DateTimeOffset.UtcNow.AddMinutes(-5), latitude = 45.5, longitude = -73.6, speedMps = 10.0, headingDeg = 90.0, accelLongMps2 = 0.1, accelLatMps2 = 0.0, ignition = true } },
    };

    private async Task<HttpStatusCode> ExchangeAsync(string deviceId, string key) =>
        (await api.Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/device", new { deviceId, key })).StatusCode;

    [Fact]
    public async Task A_registered_device_gets_a_key_whose_token_writes_and_ends_trips_for_its_vehicle()
    {
        var vehicleId = await VehicleAsync();
        var (deviceId, key) = await TelematicsApiFactoryBase.RegisterDeviceAsync(api.Admin, vehicleId);
        var device = await api.Factory.SignInDeviceAsync(deviceId, key);

        Assert.Equal(43, key.Length);
        Assert.Equal(HttpStatusCode.Accepted, (await device.PostAsJsonAsync("/api/v1/telemetry/events", Batch(vehicleId))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await device.PostAsync($"/api/v1/telemetry/vehicles/{vehicleId}/trips/end", null)).StatusCode);
        var me = await device.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal((deviceId, "device"), (me.GetProperty("username").GetString(), me.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Another_vehicle_is_refused_with_403_and_an_audit_entry_and_nothing_is_stored()
    {
        var (own, other) = (await VehicleAsync(), await VehicleAsync());
        var device = await api.Factory.DeviceForAsync(api.Admin, own);
        var deviceId = (await device.GetFromJsonAsync<JsonElement>("/api/v1/auth/me")).GetProperty("username").GetString();

        var write = await device.PostAsJsonAsync("/api/v1/telemetry/events", Batch(other));
        var end = await device.PostAsync($"/api/v1/telemetry/vehicles/{other}/trips/end", null);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (write.StatusCode, end.StatusCode));
        var page = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?actor={deviceId}&resourceId={other}");
        var refused = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("record"))
            .Select(r => (r.GetProperty("action").GetString(), r.GetProperty("role").GetString(), r.GetProperty("outcome").GetInt32())).ToList();
        Assert.Equal([("EndTrip", "device", 403), ("IngestEvents", "device", 403)], refused);
        // The other vehicle's trip was never opened by the refused batch.
        Assert.Equal(HttpStatusCode.NotFound, (await api.Admin.PostAsync($"/api/v1/telemetry/vehicles/{other}/trips/end", null)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_key_an_unknown_device_and_a_malformed_request_are_refused()
    {
        var (deviceId, key) = await TelematicsApiFactoryBase.RegisterDeviceAsync(api.Admin, await VehicleAsync());
        var wrong = key[..^1] + (key[^1] == 'A' ? 'B' : 'A');

        Assert.Equal(HttpStatusCode.Unauthorized, await ExchangeAsync(deviceId, wrong));
        Assert.Equal(HttpStatusCode.Unauthorized, await ExchangeAsync(NewId("DEV-NONE"), key));
        Assert.Equal(HttpStatusCode.BadRequest, await ExchangeAsync(deviceId, "short"));
        Assert.Equal(HttpStatusCode.BadRequest, await ExchangeAsync("bad/id", key));
    }

    [Fact]
    public async Task Rotating_refuses_the_old_key_and_its_token_at_once_and_the_new_key_signs_in()
    {
        var vehicleId = await VehicleAsync();
        var (deviceId, key) = await TelematicsApiFactoryBase.RegisterDeviceAsync(api.Admin, vehicleId);
        var device = await api.Factory.SignInDeviceAsync(deviceId, key);
        Assert.Equal(HttpStatusCode.Accepted, (await device.PostAsJsonAsync("/api/v1/telemetry/events", Batch(vehicleId))).StatusCode);

        var rotated = await api.Admin.PostAsync($"/api/v1/admin/devices/{deviceId}/key", null);
        var newKey = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await device.PostAsJsonAsync("/api/v1/telemetry/events", Batch(vehicleId))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ExchangeAsync(deviceId, key));
        var renewed = await api.Factory.SignInDeviceAsync(deviceId, newKey);
        Assert.Equal(HttpStatusCode.Accepted, (await renewed.PostAsJsonAsync("/api/v1/telemetry/events", Batch(vehicleId))).StatusCode);
        var entry = (await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?action=RotateDeviceKey&resourceId={deviceId}"))
            .GetProperty("items")[0].GetProperty("record");
        Assert.DoesNotContain(newKey, entry.ToString());
        Assert.StartsWith("key ", entry.GetProperty("after").GetString());
    }

    [Fact]
    public async Task Revoking_refuses_the_key_and_its_token_until_a_new_key_is_issued()
    {
        var vehicleId = await VehicleAsync();
        var (deviceId, key) = await TelematicsApiFactoryBase.RegisterDeviceAsync(api.Admin, vehicleId);
        var device = await api.Factory.SignInDeviceAsync(deviceId, key);

        Assert.Equal(HttpStatusCode.NoContent, (await api.Admin.DeleteAsync($"/api/v1/admin/devices/{deviceId}/key")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await device.PostAsJsonAsync("/api/v1/telemetry/events", Batch(vehicleId))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ExchangeAsync(deviceId, key));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Admin.DeleteAsync($"/api/v1/admin/devices/{NewId("DEV-NONE")}/key")).StatusCode);
    }

    [Fact]
    public async Task Moving_a_device_to_another_vehicle_refuses_its_old_token()
    {
        var (first, second) = (await VehicleAsync(), await VehicleAsync());
        var (deviceId, key) = await TelematicsApiFactoryBase.RegisterDeviceAsync(api.Admin, first);
        var device = await api.Factory.SignInDeviceAsync(deviceId, key);

        var moved = await api.Admin.PostAsJsonAsync("/api/v1/admin/devices", new { deviceId, vehicleId = second, protocol = "batch" });

        Assert.Equal(HttpStatusCode.Created, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await device.PostAsJsonAsync("/api/v1/telemetry/events", Batch(first))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ExchangeAsync(deviceId, key));
    }

    [Theory]
    [InlineData(false, null, HttpStatusCode.OK)]
    [InlineData(false, "wrong", HttpStatusCode.Unauthorized)]
    [InlineData(false, "right", HttpStatusCode.OK)]
    [InlineData(true, null, HttpStatusCode.Unauthorized)]
    [InlineData(true, "wrong", HttpStatusCode.Unauthorized)]
    [InlineData(true, "right", HttpStatusCode.OK)]
    public async Task An_osmand_position_is_checked_against_the_device_key_when_it_carries_one_or_must(bool keyRequired, string? sent, HttpStatusCode expected)
    {
        var vehicleId = await VehicleAsync();
        var (deviceId, key) = await TelematicsApiFactoryBase.RegisterDeviceAsync(api.Admin, vehicleId, "osmand", keyRequired);
        var port = api.Factory.Services.GetRequiredService<IOptions<DeviceOptions>>().Value.OsmAndPort;
        using var osmAnd = api.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://localhost:{port}") });
        var keyParameter = sent switch { null => "", "right" => $"&key={key}", _ => $"&key={key[..^1]}x" };
        var at = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds();

        var response = await osmAnd.PostAsync($"/?id={deviceId}&lat=45.5&lon=-73.57&timestamp={at}&speed=10{keyParameter}", null);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Key_required_is_refused_for_a_device_that_is_not_osmand()
    {
        var response = await api.Admin.PostAsJsonAsync("/api/v1/admin/devices", new { deviceId = NewId("DEV"), vehicleId = await VehicleAsync(), protocol = "batch", keyRequired = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("keyRequired", out _));
    }

    [Theory]
    [InlineData("post", "admin", HttpStatusCode.OK)]
    [InlineData("post", "underwriter", HttpStatusCode.Forbidden)]
    [InlineData("post", "driver", HttpStatusCode.Forbidden)]
    [InlineData("post", "device", HttpStatusCode.Forbidden)]
    [InlineData("post", "device-key", HttpStatusCode.Forbidden)]
    [InlineData("post", null, HttpStatusCode.Unauthorized)]
    [InlineData("delete", "admin", HttpStatusCode.NoContent)]
    [InlineData("delete", "underwriter", HttpStatusCode.Forbidden)]
    [InlineData("delete", "driver", HttpStatusCode.Forbidden)]
    [InlineData("delete", "device", HttpStatusCode.Forbidden)]
    [InlineData("delete", "device-key", HttpStatusCode.Forbidden)]
    [InlineData("delete", null, HttpStatusCode.Unauthorized)]
    public async Task Only_an_admin_rotates_or_revokes_a_device_key(string method, string? role, HttpStatusCode expected)
    {
        var vehicleId = await VehicleAsync();
        var (deviceId, key) = await TelematicsApiFactoryBase.RegisterDeviceAsync(api.Admin, vehicleId);
        var client = role switch
        {
            "admin" => api.Admin,
            "device" => api.Device,
            "device-key" => await api.Factory.SignInDeviceAsync(deviceId, key),
            "underwriter" => await UnderwriterAsync(),
            "driver" => await api.Factory.LoginAsync(vehicleId.Replace("VEH", "DRV"), "correct-horse"),
            _ => api.Factory.CreateClient(),
        };

        var route = $"/api/v1/admin/devices/{deviceId}/key";
        var response = method == "post" ? await client.PostAsync(route, null) : await client.DeleteAsync(route);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("device")]
    [InlineData(null)]
    public async Task Any_caller_may_exchange_a_device_key_for_a_token(string? role)
    {
        var (deviceId, key) = await TelematicsApiFactoryBase.RegisterDeviceAsync(api.Admin, await VehicleAsync());
        var client = role switch { "admin" => api.Admin, "device" => api.Device, _ => api.Factory.CreateClient() };

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/device", new { deviceId, key })).StatusCode);
    }

    private async Task<HttpClient> UnderwriterAsync()
    {
        var username = NewId("uw");
        var created = await api.Admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = "underwriter-pass-1", role = "underwriter" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await api.Factory.LoginAsync(username, "underwriter-pass-1");
    }
}
