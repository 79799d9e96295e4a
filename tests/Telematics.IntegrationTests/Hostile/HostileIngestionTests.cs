using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Telematics.IntegrationTests.Api;
using Telematics.Vehicles;
using Xunit.Abstractions;
using static Telematics.IntegrationTests.Hostile.HostileProbe;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>The audit's ingestion probes, replayed: non-finite numbers, numbers in strings, oversized bodies and batches.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileIngestionTests(ApiFixture api, ITestOutputHelper output)
{
    private const string Events = "/api/v1/telemetry/events";
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddHours(-2).AddTicks(-(DateTimeOffset.UtcNow.Ticks % TimeSpan.TicksPerSecond));

    /// <summary>Registers a driver and vehicle and sends the first ten seconds of a trip, which every probe must leave intact.</summary>
    private async Task<string> StartTripAsync(string name)
    {
        var vehicleId = $"VEH-{name}";
        await api.RegisterAsync($"DRV-{name}", vehicleId);
        var events = string.Join(",", Enumerable.Range(0, 10).Select(i => Event(Start.AddSeconds(i))));
        var first = await api.Device.PostAsync(Events, Json($$"""{"vehicleId":"{{vehicleId}}","events":[{{events}}]}"""));
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        return vehicleId;
    }

    /// <summary>Ends the trip and reads it every way a client can: none of it may fail, and it holds the ten good events.</summary>
    private async Task AssertTripReadsAsync(string vehicleId, int events = 10)
    {
        var ended = await api.Device.PostAsync($"/api/v1/telemetry/vehicles/{vehicleId}/trips/end", null);
        Assert.True(ended.IsSuccessStatusCode, $"ending the trip answered {(int)ended.StatusCode}: {await ended.Content.ReadAsStringAsync()}");
        var trip = await TripAsync(api, $"{vehicleId}-T000001");
        Assert.Equal(events, trip.GetProperty("eventCount").GetInt32());
        Assert.True(double.IsFinite(trip.GetProperty("features").GetProperty("maxSpeedKmh").GetDouble()));
        var driverId = "DRV-" + vehicleId["VEH-".Length..];
        await Poll.UntilAsync(() => api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/drivers/{driverId}/trips"), t => t.GetArrayLength() == 1);
        foreach (var read in new[] { $"/api/v1/drivers/{driverId}", $"/api/v1/risk/{driverId}/score", $"/api/v1/pricing/{driverId}/current" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.Admin.GetAsync(read)).StatusCode);
        }

        await AssertHealthyAsync(api);
    }

    [Theory]
    [InlineData("NF-1", "speedMps", "\"NaN\"")]
    [InlineData("NF-2", "speedMps", "\"13.4\"")]
    [InlineData("NF-3", "latitude", "\"Infinity\"")]
    [InlineData("NF-4", "accuracyM", "1e400")]
    [InlineData("NF-5", "headingDeg", "-1e400")]
    [InlineData("NF-6", "speedLimitMps", "\"-Infinity\"")]
    [InlineData("NF-7", "eventId", "\"../../etc/passwd\"")]
    [InlineData("NF-8", "eventId", "\"<script>alert(1)</script>\"")]
    public async Task Non_finite_numbers_numbers_in_strings_and_bad_event_ids_are_refused_naming_the_field(string name, string field, string value)
    {
        var vehicleId = await StartTripAsync(name);

        var response = await api.Device.PostAsync(Events, Json($$"""{"vehicleId":"{{vehicleId}}","events":[{{Event(Start.AddSeconds(10), field, value)}}]}"""));

        await AssertProblemNamingAsync(response, HttpStatusCode.BadRequest, $"events[0].{field}");
        await AssertTripReadsAsync(vehicleId);
    }

    /// <summary>An event the API now refuses may have reached a trip before it did, or through a device port: the trip must still end and read.</summary>
    [Fact]
    public async Task A_non_finite_reading_already_in_a_trip_leaves_the_trip_and_its_driver_readable()
    {
        var vehicleId = await StartTripAsync("NF-GRAIN");
        var poisoned = TestData.HarshTrip(seconds: 5, ago: TimeSpan.Zero).Select((e, i) => e with { Timestamp = Start.AddSeconds(10 + i) }).ToList();
        poisoned[0] = poisoned[0] with { SpeedMps = double.NaN };
        poisoned[1] = poisoned[1] with { AccuracyM = double.PositiveInfinity };
        poisoned[2] = poisoned[2] with { AccelLongMps2 = double.NegativeInfinity, AccelLatMps2 = double.NaN };
        poisoned[3] = poisoned[3] with { Latitude = double.NaN, SpeedLimitMps = double.NaN };

        await api.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IVehicleGrain>(vehicleId).RecordEventsAsync(poisoned);

        await AssertTripReadsAsync(vehicleId, events: 15);
    }

    [Theory]
    [InlineData(30_000_000, 0)]
    [InlineData(0, 5_000_000)]
    public async Task A_body_over_the_size_limit_is_refused_with_413_from_its_length(int paddingBytes, int emptyEvents)
    {
        var vehicleId = await StartTripAsync($"BIG-{paddingBytes + emptyEvents}");
        var body = $$"""{"vehicleId":"{{vehicleId}}","pad":"{{new string('x', paddingBytes)}}","events":[{{string.Join(",", Enumerable.Repeat("{}", emptyEvents))}}]}""";

        var response = await api.Device.PostAsync(Events, Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertTripReadsAsync(vehicleId);
    }

    [Fact]
    public async Task A_body_sent_without_a_length_is_refused_with_413_once_it_passes_the_limit()
    {
        var vehicleId = await StartTripAsync("BIG-CHUNKED");
        var body = Encoding.UTF8.GetBytes($$"""{"vehicleId":"{{vehicleId}}","pad":"{{new string('x', 9_000_000)}}","events":[]}""");
        var content = new UnknownLengthContent(body, "application/json");

        var response = await api.Device.PostAsync(Events, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertTripReadsAsync(vehicleId);
    }

    /// <summary>
    /// 2.7 million empty events fit under the body limit; read whole they were over half a gigabyte of objects. The
    /// allocation is the whole process's, other test collections included, so the bound leaves room for them.
    /// </summary>
    [Fact]
    public async Task A_batch_over_the_event_limit_is_refused_at_the_first_event_too_many()
    {
        var vehicleId = await StartTripAsync("MANY");
        var content = Json($$"""{"vehicleId":"{{vehicleId}}","events":[{{string.Join(",", Enumerable.Repeat("{}", 2_700_000))}}]}""");
        await content.LoadIntoBufferAsync();

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var response = await api.Device.PostAsync(Events, content);
        var allocatedMiB = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024);

        output.WriteLine($"Refusing a {content.Headers.ContentLength:N0}-byte batch of 2,700,000 events allocated {allocatedMiB:N1} MiB");
        await AssertProblemNamingAsync(response, HttpStatusCode.BadRequest, "events");
        Assert.True(allocatedMiB < 200, $"refusing the batch allocated {allocatedMiB:N0} MiB");
        await AssertTripReadsAsync(vehicleId);
    }
}
