using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Telematics.Drivers;
using Telematics.IntegrationTests.Api;
using Telematics.Vehicles;
using static Telematics.IntegrationTests.Hostile.HostileProbe;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>
/// The audit's id probes: path traversal, markup, 10 KB and non-ASCII ids, in routes and in registrations, and a page
/// number whose offset overflowed.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileIdTests(ApiFixture api)
{
    /// <summary>As they travel in a URL: a route value is decoded but for its slashes.</summary>
    public static TheoryData<string> BadRouteIds => ["..%2F..%2Fetc%2Fpasswd", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", new string('A', 10_000), "DRV-%C3%A9", "-DRV"];

    public static TheoryData<string> BadIds => ["../../etc/passwd", "<b>x</b>", new string('A', 10_000), "DRV-é", "-DRV", "DRV 1", "DRV-1\n"];

    [Theory]
    [MemberData(nameof(BadRouteIds))]
    public async Task A_route_id_outside_the_grammar_gets_a_400_naming_the_parameter(string id)
    {
        foreach (var (method, url, parameter) in new[]
        {
            ("GET", $"/api/v1/drivers/{id}", "id"), ("GET", $"/api/v1/drivers/{id}/trips", "id"),
            ("GET", $"/api/v1/trips/{id}", "tripId"), ("GET", $"/api/v1/risk/{id}/score", "id"),
            ("GET", $"/api/v1/pricing/{id}/current", "id"), ("GET", $"/api/v1/live/drivers/{id}", "id"),
            ("POST", $"/api/v1/telemetry/vehicles/{id}/trips/end", "vehicleId"), ("GET", $"/api/v1/risk/batch/{id}", "jobId"),
        })
        {
            var client = method == "POST" ? api.Device : api.Admin;
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            await AssertProblemNamingAsync(response, HttpStatusCode.BadRequest, parameter);
        }

        await AssertHealthyAsync(api);
    }

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task A_registration_with_an_id_outside_the_grammar_is_refused_and_creates_nothing(string id)
    {
        var grains = api.Factory.Services.GetRequiredService<IGrainFactory>();
        if (await grains.GetGrain<IDriverGrain>("DRV-IDS").GetProfileAsync() is null)
        {
            await api.RegisterAsync("DRV-IDS", "VEH-IDS");
        }

        var driver = await api.Admin.PostAsJsonAsync("/api/v1/admin/drivers", new { driverId = id, name = "x", rating = TestData.Rating, password = "long enough" });
        var vehicle = await api.Admin.PostAsJsonAsync("/api/v1/admin/vehicles", new { vehicleId = id, driverId = "DRV-IDS" });
        var vehicleForDriver = await api.Admin.PostAsJsonAsync("/api/v1/admin/vehicles", new { vehicleId = "VEH-IDS-2", driverId = id });
        var device = await api.Admin.PostAsJsonAsync("/api/v1/admin/devices", new { deviceId = id, vehicleId = "VEH-IDS", protocol = "osmand" });

        await AssertProblemNamingAsync(driver, HttpStatusCode.BadRequest, "driverId");
        await AssertProblemNamingAsync(vehicle, HttpStatusCode.BadRequest, "vehicleId");
        await AssertProblemNamingAsync(vehicleForDriver, HttpStatusCode.BadRequest, "driverId");
        await AssertProblemNamingAsync(device, HttpStatusCode.BadRequest, "deviceId");
        Assert.Null(await grains.GetGrain<IDriverGrain>(id).GetProfileAsync());
        Assert.Null(await grains.GetGrain<IVehicleGrain>(id).GetDriverIdAsync());
        Assert.Equal(HttpStatusCode.OK, (await api.Admin.GetAsync("/api/v1/drivers/DRV-IDS")).StatusCode);
        await AssertHealthyAsync(api);
    }

    [Fact]
    public async Task A_page_whose_offset_overflows_is_refused_and_the_last_page_that_fits_is_answered()
    {
        var overflowing = await api.Admin.GetAsync("/api/v1/admin/drivers?page=2147483647&pageSize=500");
        // Offset pages stop where a cursor takes over: the last one skips at most MaxOffsetRows.
        var lastThatFits = await api.Admin.GetAsync($"/api/v1/admin/drivers?page={Telematics.Api.Admin.PortfolioApi.MaxOffsetRows / 500 + 1}&pageSize=500");

        await AssertProblemNamingAsync(overflowing, HttpStatusCode.BadRequest, "page");
        Assert.Equal(HttpStatusCode.OK, lastThatFits.StatusCode);
        await AssertHealthyAsync(api);
    }

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task A_rescoring_list_with_an_id_outside_the_grammar_is_refused_naming_its_position(string id)
    {
        var started = await api.Admin.PostAsJsonAsync("/api/v1/risk/batch-calculate", new { driverIds = new[] { "DRV-IDS", id } });

        await AssertProblemNamingAsync(started, HttpStatusCode.BadRequest, "driverIds[1]");
    }

    [Fact]
    public async Task A_rescoring_list_over_the_cap_is_refused_before_a_job_stores_it()
    {
        var ids = Enumerable.Range(0, global::Telematics.Api.Rescoring.RescoringApi.MaxListedDrivers + 1).Select(i => $"DRV-{i}").ToArray();

        var started = await api.Admin.PostAsJsonAsync("/api/v1/risk/batch-calculate", new { driverIds = ids });

        await AssertProblemNamingAsync(started, HttpStatusCode.BadRequest, "driverIds");
        await AssertHealthyAsync(api);
    }
}
