using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Telematics.Vehicles;

namespace Telematics.IntegrationTests.Api;

/// <summary>A driver's time zone, given at registration, decides the local time of their trips.</summary>
[Collection(ApiCollection.Name)]
public sealed class DriverTimeZoneApiTests(ApiFixture api)
{
    private IGrainFactory Grains => api.Factory.Services.GetRequiredService<IGrainFactory>();

    private Task<HttpResponseMessage> RegisterDriverAsync(string driverId, string timeZoneId) =>
        api.Admin.PostAsJsonAsync("/api/v1/admin/drivers", new { driverId, name = "Zone Test", rating = TestData.Rating, timeZoneId });

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Pacific Standard Time")]
    public async Task A_time_zone_that_is_not_a_known_IANA_id_is_a_400_naming_the_field_and_registers_nobody(string timeZoneId)
    {
        var response = await RegisterDriverAsync("DRV-TZ-1", timeZoneId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["timeZoneId"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains(timeZoneId, errors.GetProperty("timeZoneId")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Admin.GetAsync("/api/v1/drivers/DRV-TZ-1")).StatusCode);
    }

    [Fact]
    public async Task The_trips_of_a_driver_registered_in_Vancouver_are_at_night_at_half_past_two_there()
    {
        Assert.Equal(HttpStatusCode.Created, (await RegisterDriverAsync("DRV-TZ-2", "America/Vancouver")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.Admin.PostAsJsonAsync("/api/v1/admin/vehicles", new { vehicleId = "VEH-TZ-2", driverId = "DRV-TZ-2" })).StatusCode);
        var events = TestData.HalfPastTwoAtNight("America/Vancouver", seconds: 300);

        (await api.Device.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId = "VEH-TZ-2", events })).EnsureSuccessStatusCode();
        var trip = (await Grains.GetGrain<IVehicleGrain>("VEH-TZ-2").EndCurrentTripAsync())!.Features!;

        Assert.True(trip.DistanceM > 5_000, $"distance {trip.DistanceM}");
        Assert.Equal(trip.DistanceM, trip.NightDistanceM, precision: 6);
    }
}
