using System.Net.Http.Json;
using Microsoft.Playwright;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Browser;

/// <summary>Live driving in Chromium: a trip's fixes sent through the public API show on the driver's open page as they arrive.</summary>
[Collection(BrowserSite.Collection)]
public sealed class LiveDrivingBrowserTests(BrowserSite site)
{
    private const string Password = "live-driver-password";

    [Theory]
    [InlineData("desktop", "DRV-LIVE-DESKTOP", "VEH-LIVE-DESKTOP")]
    [InlineData("phone", "DRV-LIVE-PHONE", "VEH-LIVE-PHONE")]
    public async Task A_driver_watches_their_trip_move_brake_harshly_and_end(string device, string driverId, string vehicleId)
    {
        // A driver of their own: the fleet's vehicles drive all the time, and their fixes would interleave with these.
        await ApiFixture.RegisterAsync(site.Admin, driverId, vehicleId, Password);
        var page = await site.NewPageAsync(device == "phone" ? WebPages.Phone : WebPages.Desktop);
        await WebPages.SignInAsync(page, site.Address, driverId, Password);
        await Assertions.Expect(page).ToHaveURLAsync($"{site.Address}/drivers/{driverId}");
        await page.GotoAsync($"{site.Address}/drivers/{driverId}/live");
        await page.Locator("[data-testid=live][data-following=true]").WaitForAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("live-waiting")).ToBeVisibleAsync();

        // 40 s north at 25 m/s (56 mph), braking at 10 mph/s from the 30th second, the ignition off at the end.
        var trip = TestData.ParkedAtTheEnd(TestData.HarshTrip(seconds: 40, ago: TimeSpan.Zero));
        var batches = trip.Chunk(8).ToList();

        await SendAsync(vehicleId, batches[0]);
        var position = page.GetByTestId("live-position");
        await Assertions.Expect(position).ToContainTextAsync("° N");
        var first = await position.TextContentAsync();
        await Assertions.Expect(page.GetByTestId("live-speed")).ToHaveTextAsync("56 mph");
        await Assertions.Expect(page.GetByTestId("live-trip-status")).ToHaveTextAsync("Under way");
        await Assertions.Expect(page.GetByTestId("live-no-harsh")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=live-map] path.route-marker-current")).ToHaveCountAsync(1);

        // A second later (the trip tells the page at most once a second), the next fixes move the car.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await SendAsync(vehicleId, batches[1]);
        await Assertions.Expect(position).Not.ToHaveTextAsync(first!);

        foreach (var batch in batches.Skip(2).SkipLast(1))
        {
            await SendAsync(vehicleId, batch);
        }

        await Assertions.Expect(page.GetByTestId("live-harsh-events")).ToContainTextAsync("harsh braking, 10.0 mph/s");
        await Assertions.Expect(page.Locator("[data-testid=live-map] path.route-marker-harshBraking")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=live-map] path.route-path")).ToHaveCountAsync(1);
        await WebPages.ScreenshotAsync(page, $"driver-live-moving-{device}");

        await SendAsync(vehicleId, batches[^1]);
        await Assertions.Expect(page.GetByTestId("live-trip-status")).ToHaveTextAsync("Ended and scored");
        await Assertions.Expect(page.GetByTestId("live-trips")).ToHaveTextAsync("1");
        await Assertions.Expect(page.GetByTestId("live-score")).ToContainTextAsync("/ 100");
        await Assertions.Expect(page.Locator("[data-testid=live-map] path.route-marker-end")).ToHaveCountAsync(1);
        // The braking spans two deliveries (its 3rd second came with the last): one harsh event, not two.
        await Assertions.Expect(page.GetByTestId("live-harsh-events").Locator(".mud-list-item")).ToHaveCountAsync(1);
        await WebPages.ScreenshotAsync(page, $"driver-live-ended-{device}");
        Assert.Empty(await WebPages.CutOffAsync(page));
        Assert.Empty(site.Refused);
    }

    private async Task SendAsync(string vehicleId, IEnumerable<Telematics.Telemetry.TelematicsEvent> events)
    {
        var response = await site.Admin.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId, events });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }
}
