using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telematics.Api.Devices;
using Telematics.IntegrationTests.Api;
using Telematics.Simulator.Api;
using Telematics.Simulator.Devices;
using Telematics.Simulator.Driving;
using Telematics.UnitTests.Devices.Vectors;

namespace Telematics.IntegrationTests.Devices;

/// <summary>Every OsmAnd sample sent as the apps send it, to the OsmAnd port of the co-hosted Api.</summary>
[Collection(ApiCollection.Name)]
public sealed class OsmAndApiTests(ApiFixture api)
{
    public static TheoryData<OsmAndSample> Samples => [.. OsmAndSample.All];

    /// <summary>
    /// Each sample goes to a vehicle of its own, so the trip count shows exactly what it stored. O05 carries no
    /// coordinates and O06 no id: both are refused with 400 and store nothing.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Each_sample_is_stored_once_or_refused_with_400(OsmAndSample sample)
    {
        var vehicleId = "VEH-OSM-" + sample.Id;
        await api.RegisterAsync("DRV-" + vehicleId, vehicleId);
        if (sample.Id != "O06")
        {
            await api.RegisterDeviceAsync(DeviceIdOf(sample), vehicleId, "osmand", newVehicle: false);
        }

        var response = await SendAsync(sample);

        var refused = sample.Id is "O05" or "O06";
        Assert.True((refused ? HttpStatusCode.BadRequest : HttpStatusCode.OK) == response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(refused ? 0 : 1, await api.EndTripEventCountAsync(vehicleId));
    }

    [Fact]
    public async Task An_unknown_device_gets_400_in_the_query_form_and_404_in_the_json_form()
    {
        var query = await SendAsync(new OsmAndSample("X1", "GET", "/?id=osm-nobody&lat=60&lon=30", ""));
        var json = await SendAsync(OsmAndSample.Get("O01") with { Request = OsmAndSample.Get("O01").Request.Replace("48241179", "osm-nobody") });

        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
    }

    /// <summary>The audit stored these as NaN: the <c>location=</c> form skipped the finiteness check.</summary>
    [Theory]
    [InlineData("NaN,NaN", 1)]
    [InlineData("45.5,NaN", 2)]
    [InlineData("Infinity,30", 3)]
    public async Task A_location_that_is_not_a_number_is_refused_and_stores_nothing(string location, int vehicle)
    {
        var vehicleId = "VEH-OSM-NAN-" + vehicle;
        await api.RegisterDeviceAsync("osm-nan-" + vehicleId, vehicleId, "osmand");

        var response = await SendAsync(new OsmAndSample("X2", "GET", $"/?id=osm-nan-{vehicleId}&location={location}", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("location", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await api.EndTripEventCountAsync(vehicleId));
    }

    [Fact]
    public async Task The_osmand_route_answers_only_on_its_own_port()
    {
        // POST, because a GET of / on the main port is the dashboard's page.
        var response = await api.Device.PostAsync("/?id=48241179&lat=60&lon=30", null);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_simulators_OsmAnd_output_is_stored_as_the_trip_it_drove()
    {
        const string vehicleId = "VEH-OSM-SIM";
        await api.RegisterDeviceAsync(OsmAndQuery.DeviceIdOf(vehicleId), vehicleId, "osmand");
        var trip = new TripGenerator(new Random(5)).Generate(DrivingProfile.Average, DateTimeOffset.UtcNow.AddHours(-2), 45.5, -73.57, legs: 1);
        var events = trip.Events.TakeWhile(e => e.Ignition != false).Take(300).ToList();
        using var devices = api.Factory.CreateClient();

        await new OsmAndBatchSink(devices, OsmAndEndpoint()).WriteAsync(new EventBatch(vehicleId, events), CancellationToken.None);

        Assert.Equal(events.Count, await api.EndTripEventCountAsync(vehicleId));
    }

    [Fact]
    public async Task A_device_is_listed_with_its_vehicle_and_driver_and_its_last_contact_once_the_contacts_are_written()
    {
        const string vehicleId = "VEH-OSM-SEEN";
        await api.RegisterDeviceAsync("osm-seen-1", vehicleId, "osmand");
        var before = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/devices?vehicleId={vehicleId}");

        var sent = await SendAsync(new OsmAndSample("X3", "GET", "/?id=osm-seen-1&lat=60&lon=30", ""));
        await api.Factory.Services.GetRequiredService<DeviceContacts>().FlushAsync();
        var after = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/devices?driverId=DRV-{vehicleId}&protocol=osmand");
        var badProtocol = await api.Admin.GetAsync("/api/v1/admin/devices?protocol=pigeon");

        var listed = Assert.Single(before.GetProperty("items").EnumerateArray());
        Assert.Equal(("osm-seen-1", "DRV-" + vehicleId, JsonValueKind.Null), (listed.GetProperty("deviceId").GetString(), listed.GetProperty("driverId").GetString(), listed.GetProperty("lastSeenAt").ValueKind));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var seen = Assert.Single(after.GetProperty("items").EnumerateArray()).GetProperty("lastSeenAt").GetDateTimeOffset();
        Assert.InRange(seen, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.BadRequest, badProtocol.StatusCode);
    }

    private Uri OsmAndEndpoint() => new($"http://localhost:{api.Factory.Services.GetRequiredService<IOptions<DeviceOptions>>().Value.OsmAndPort}");

    private async Task<HttpResponseMessage> SendAsync(OsmAndSample sample)
    {
        using var client = api.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = OsmAndEndpoint() });
        if (sample.IsJson)
        {
            return await client.PostAsync("/", new StringContent(sample.Request, Encoding.UTF8, "application/json"));
        }

        return sample.Method.StartsWith("POST")
            ? await client.PostAsync(sample.Request, new ByteArrayContent([]))
            : await client.GetAsync(sample.Request);
    }

    private static string DeviceIdOf(OsmAndSample sample) =>
        sample.Derived.Split(';')[0].Trim()["deviceId=".Length..];
}
