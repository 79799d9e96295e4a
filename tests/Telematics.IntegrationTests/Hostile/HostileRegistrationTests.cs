using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Telematics.IntegrationTests.Api;
using Telematics.Vehicles;
using static Telematics.IntegrationTests.Hostile.HostileProbe;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>The audit's re-registration probe: a driver posted again answered 201, replaced the password and wiped the trips.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileRegistrationTests(ApiFixture api)
{
    private IGrainFactory Grains => api.Factory.Services.GetRequiredService<IGrainFactory>();

    private Task<HttpResponseMessage> RegisterDriverAsync(string driverId, string name, string password) =>
        api.Admin.PostAsJsonAsync("/api/v1/admin/drivers", new { driverId, name, rating = TestData.Rating, password });

    private async Task<HttpStatusCode> LoginAsync(string username, string password) =>
        (await api.Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username, password })).StatusCode;

    [Fact]
    public async Task A_driver_registered_again_is_a_conflict_and_keeps_password_trips_and_profile()
    {
        await api.RegisterAsync("DRV-RE-1", "VEH-RE-1", password: "first-password");
        var events = TestData.HarshTrip(seconds: 120, ago: TimeSpan.FromHours(1));
        (await api.Device.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId = "VEH-RE-1", events })).EnsureSuccessStatusCode();
        (await api.Device.PostAsync("/api/v1/telemetry/vehicles/VEH-RE-1/trips/end", null)).EnsureSuccessStatusCode();
        await Poll.UntilAsync(() => api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/drivers/DRV-RE-1/trips"), t => t.GetArrayLength() == 1);

        var again = await RegisterDriverAsync("DRV-RE-1", "Someone Else", "second-password");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, await LoginAsync("DRV-RE-1", "first-password"));
        Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync("DRV-RE-1", "second-password"));
        var driver = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/drivers/DRV-RE-1");
        Assert.Equal("Api Test", driver.GetProperty("name").GetString());
        Assert.Equal(1, driver.GetProperty("tripCount").GetInt32());
        Assert.Equal(1, (await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/drivers/DRV-RE-1/trips")).GetArrayLength());
        await AssertHealthyAsync(api);
    }

    [Fact]
    public async Task A_vehicle_registered_again_to_another_driver_is_a_conflict_and_to_its_own_driver_changes_nothing()
    {
        await api.RegisterAsync("DRV-RE-2", "VEH-RE-2");
        await api.RegisterAsync("DRV-RE-3", "VEH-RE-3");

        var toAnother = await api.Admin.PostAsJsonAsync("/api/v1/admin/vehicles", new { vehicleId = "VEH-RE-2", driverId = "DRV-RE-3" });
        var toItsOwn = await api.Admin.PostAsJsonAsync("/api/v1/admin/vehicles", new { vehicleId = "VEH-RE-2", driverId = "DRV-RE-2" });

        Assert.Equal(HttpStatusCode.Conflict, toAnother.StatusCode);
        Assert.Equal(HttpStatusCode.Created, toItsOwn.StatusCode);
        Assert.Equal("DRV-RE-2", await Grains.GetGrain<IVehicleGrain>("VEH-RE-2").GetDriverIdAsync());
        await AssertHealthyAsync(api);
    }
}
