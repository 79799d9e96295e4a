using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Simulator;

/// <summary>POST /api/v1/admin/simulator/trips on the embedded Api: a trip driven in real time through ingestion, to its score.</summary>
[Collection(ApiCollection.Name)]
public sealed class DriveSimulatorApiTests(ApiFixture api)
{
    private const string Route = "/api/v1/admin/simulator/trips";

    [Fact]
    public async Task A_simulated_trip_drives_through_ingestion_ends_and_is_scored_and_its_start_is_audited()
    {
        var driverId = $"DRV-SIM-{Guid.NewGuid():N}"[..20];
        await api.RegisterAsync(driverId, $"{driverId}-OWN");

        var started = await api.Admin.PostAsJsonAsync(Route, new { driverId, profile = "risky", legs = 1 });

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await started.Content.ReadFromJsonAsync<JsonElement>();
        var tripId = run.GetProperty("tripId").GetString()!;
        Assert.Equal($"{driverId}-SIM", run.GetProperty("vehicleId").GetString());
        Assert.StartsWith($"{driverId}-SIM-T", tripId);
        Assert.Equal("risky", run.GetProperty("profile").GetString());
        Assert.Equal($"/api/v1/trips/{tripId}", started.Headers.Location?.OriginalString);
        var endsAt = run.GetProperty("endsAt").GetDateTimeOffset();
        Assert.InRange(endsAt - run.GetProperty("startedAt").GetDateTimeOffset(), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(4));

        // One at a time per driver: a second trip's fixes would interleave with the first's in the simulator's vehicle.
        var second = await api.Admin.PostAsJsonAsync(Route, new { driverId, profile = "safe" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);

        var trip = await Poll.UntilAsync(
            () => api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/trips/{tripId}"),
            t => t.GetProperty("status").GetString() == "Completed",
            seconds: (int)(endsAt - DateTimeOffset.UtcNow).TotalSeconds + 60);
        Assert.Equal("IgnitionOff", trip.GetProperty("endReason").GetString());
        Assert.Equal(run.GetProperty("events").GetInt32(), trip.GetProperty("eventCount").GetInt32());
        var driven = run.GetProperty("distanceM").GetDouble();
        Assert.InRange(trip.GetProperty("features").GetProperty("distanceKm").GetDouble() * 1000, driven * 0.8, driven * 1.2);

        await Poll.UntilAsync(
            () => api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/drivers/{driverId}"),
            d => d.GetProperty("tripCount").GetInt32() == 1);
        Assert.Equal(HttpStatusCode.OK, (await api.Admin.GetAsync($"/api/v1/risk/{driverId}/score")).StatusCode);

        var audit = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit?action=StartSimulatedTrip&limit=500");
        var entry = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("record")).Single(e => e.GetProperty("resourceId").GetString() == tripId);
        Assert.Equal((202, "simulated-trip"), (entry.GetProperty("outcome").GetInt32(), entry.GetProperty("resourceType").GetString()));
        Assert.Contains("risky", entry.GetProperty("after").GetString());
    }

    [Fact]
    public async Task Bad_input_is_a_validation_problem_naming_each_field_and_drives_nothing()
    {
        var response = await api.Admin.PostAsJsonAsync(Route, new { driverId = "<script>", profile = "reckless", legs = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["driverId", "legs", "profile"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task A_driver_who_is_not_registered_is_a_404_problem()
    {
        var response = await api.Admin.PostAsJsonAsync(Route, new { driverId = "DRV-NOBODY-SIM", profile = "safe" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Unknown driver", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Only_admins_start_simulated_trips()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Device.PostAsJsonAsync(Route, new { driverId = "DRV-0001", profile = "safe" })).StatusCode);
    }

    [Fact]
    public async Task Where_the_simulator_is_off_the_route_is_a_404_problem()
    {
        await using var factory = new SimulatorOffApiFactory();
        var admin = await factory.LoginAsync("admin", "admin-dev");

        var response = await admin.PostAsJsonAsync(Route, new { driverId = "DRV-0001", profile = "safe" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Drive simulator off", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    private sealed class SimulatorOffApiFactory : TelematicsApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telematics:DriveSimulator:Enabled", "false");
        }
    }
}
