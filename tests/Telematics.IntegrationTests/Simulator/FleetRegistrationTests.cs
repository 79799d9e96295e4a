using System.Net.Http.Json;
using System.Text.Json;
using Telematics.IntegrationTests.Api;
using Telematics.Simulator.Api;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;

namespace Telematics.IntegrationTests.Simulator;

/// <summary>The simulator's fleet registration against the co-hosted Api, as <c>batch</c> uses it.</summary>
[Collection(ApiCollection.Name)]
public sealed class FleetRegistrationTests(ApiFixture api)
{
    [Fact]
    public async Task A_fleet_registered_with_an_earlier_policy_start_has_its_past_trips_counted_in_its_own_zone()
    {
        // Member 8802 lives in Vancouver: the zone sent is not the configured default.
        var member = FleetPlan.Range(first: 8802, count: 1, seed: 3)[0];
        var client = new TelematicsApiClient(api.Factory.CreateClient());
        await client.LoginAsync(new ApiCredentials("admin", "admin-dev"), CancellationToken.None);
        await FleetRegistration.RegisterAsync(client, [member], DateTimeOffset.UtcNow.AddDays(-30), CancellationToken.None);
        var trip = new TripGenerator(new Random(3)).Generate(member.Profile, DateTimeOffset.UtcNow.AddDays(-10), member.HomeLatitude, member.HomeLongitude, legs: 2);
        await client.LoginAsync(new ApiCredentials("device", "device-dev"), CancellationToken.None);

        await client.PostEventsAsync(member.VehicleId, trip.Events, CancellationToken.None);

        var profile = await Poll.UntilAsync(
            () => api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/drivers/{member.DriverId}"), p => p.GetProperty("tripCount").GetInt32() == 1, seconds: 30);
        Assert.Equal(1, profile.GetProperty("tripCount").GetInt32());
        Assert.Equal(member.TimeZoneId, profile.GetProperty("timeZoneId").GetString());
    }
}
