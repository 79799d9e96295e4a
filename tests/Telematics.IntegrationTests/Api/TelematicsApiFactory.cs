using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Telematics.IntegrationTests.Hosting;

namespace Telematics.IntegrationTests.Api;

/// <summary>The real Api with its co-hosted silo and device listeners, on free ports, without the built-in fleet.</summary>
public sealed class TelematicsApiFactory : TelematicsApiFactoryBase;

/// <summary>The real Api with its co-hosted silo on free ports; subclasses change settings.</summary>
public abstract class TelematicsApiFactoryBase : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Telematics:Fleet:Enabled", "false");
        // Each factory is a node start; the warm-up has its own tests.
        builder.UseSetting("Telematics:Ingestion:WarmUp", "00:00:00");
        // A trip ending with the ignition off reaches its driver after its reorder window: 2 s here, not 2 min, for the
        // tests that wait for it.
        builder.UseSetting("Telematics:Trips:ReorderWindow", "00:00:02");
        // The tests have no network: routes are drawn on the plain background, with no tiles to credit.
        builder.UseSetting("Telematics:Web:TileUrl", "");
        builder.UseSetting("Telematics:SiloPort", SiloProcess.FreePort().ToString());
        builder.UseSetting("Telematics:GatewayPort", SiloProcess.FreePort().ToString());
        builder.UseSetting("Telematics:Devices:ListenAddress", "127.0.0.1");
        builder.UseSetting("Telematics:Devices:TeltonikaPort", SiloProcess.FreePort().ToString());
        builder.UseSetting("Telematics:Devices:OsmAndPort", SiloProcess.FreePort().ToString());
    }

    public async Task<HttpClient> LoginAsync(string username, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        response.EnsureSuccessStatusCode();
        var login = await response.Content.ReadFromJsonAsync<LoginBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login!.Token);
        return client;
    }

    /// <summary>Registers a batch-API device for the vehicle through <paramref name="admin"/>; its key comes back once.</summary>
    public static async Task<(string DeviceId, string Key)> RegisterDeviceAsync(HttpClient admin, string vehicleId, string protocol = "batch", bool keyRequired = false)
    {
        var deviceId = $"DEV-{Guid.NewGuid():N}"[..20];
        var response = await admin.PostAsJsonAsync("/api/v1/admin/devices", new { deviceId, vehicleId, protocol, keyRequired });
        response.EnsureSuccessStatusCode();
        return (deviceId, (await response.Content.ReadFromJsonAsync<DeviceBody>())!.Key);
    }

    /// <summary>A client bearing the token the device's key is exchanged for.</summary>
    public async Task<HttpClient> SignInDeviceAsync(string deviceId, string key)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/device", new { deviceId, key });
        response.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.Content.ReadFromJsonAsync<LoginBody>())!.Token);
        return client;
    }

    /// <summary>A new batch-API device for the vehicle, signed in with its own key.</summary>
    public async Task<HttpClient> DeviceForAsync(HttpClient admin, string vehicleId)
    {
        var (deviceId, key) = await RegisterDeviceAsync(admin, vehicleId);
        return await SignInDeviceAsync(deviceId, key);
    }

    private sealed record LoginBody(string Token);

    private sealed record DeviceBody(string Key);
}
