using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using Telematics.Drivers;
using Telematics.IntegrationTests.Api;
using static Telematics.IntegrationTests.Hostile.HostileProbe;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>
/// Random bodies against the real server: whatever arrives is answered 202 or 4xx, never 5xx, and a refused body
/// leaves the vehicle's trip exactly as it was.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileIngestionFuzzTests(ApiFixture api)
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddHours(-1).AddTicks(-(DateTimeOffset.UtcNow.Ticks % TimeSpan.TicksPerSecond));
    private static int _nextSecond;

    private static readonly Regex TimestampSlot = new(Regex.Escape(FuzzBody.TimestampSlot));

    private const string TripId = FuzzBody.VehicleId + "-T000001";

    [Property(MaxTest = 200, Arbitrary = [typeof(FuzzBody)])]
    public async Task Any_body_is_answered_202_or_4xx_and_a_refused_one_stores_nothing(FuzzBody body)
    {
        await StartTripOnceAsync();
        // Each event its own second after the last, so a valid one is new to the trip and never far enough to end it.
        var json = TimestampSlot.Replace(body.Json, _ => $"\"{Start.AddSeconds(Interlocked.Increment(ref _nextSecond)):O}\"");

        var before = await EventCountAsync();
        var response = await api.Device.PostAsync("/api/v1/telemetry/events", Json(json));
        var after = await EventCountAsync();

        var status = (int)response.StatusCode;
        Assert.True(status is 202 or (>= 400 and < 500), $"answered {status} to {json}: {await response.Content.ReadAsStringAsync()}");
        Assert.True(status == 202 || after == before, $"a refused body ({status}) changed the trip from {before} to {after} events: {json}");
    }

    private async Task StartTripOnceAsync()
    {
        if (await api.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IDriverGrain>("DRV-FUZZ").GetProfileAsync() is not null)
        {
            return;
        }

        await api.RegisterAsync("DRV-FUZZ", FuzzBody.VehicleId);
        var first = await api.Device.PostAsync("/api/v1/telemetry/events", Json($$"""{"vehicleId":"{{FuzzBody.VehicleId}}","events":[{{Event(Start)}}]}"""));
        first.EnsureSuccessStatusCode();
    }

    private async Task<int> EventCountAsync() =>
        (await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/trips/{TripId}")).GetProperty("eventCount").GetInt32();
}
