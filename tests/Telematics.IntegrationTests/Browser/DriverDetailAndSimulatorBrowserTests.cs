using Microsoft.Playwright;

namespace Telematics.IntegrationTests.Browser;

/// <summary>The insurer's driver detail, opened from the drivers table, and a simulated trip followed live on the simulator page.</summary>
[Collection(BrowserSite.Collection)]
public sealed class DriverDetailAndSimulatorBrowserTests(BrowserSite site)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task An_admin_opens_a_driver_from_the_table_and_sees_rating_variables_and_devices(string device)
    {
        var page = await site.NewPageAsync(device == "phone" ? WebPages.Phone : WebPages.Desktop);
        await WebPages.SignInAsync(page, site.Address, "admin", "admin-dev");
        await page.GotoAsync($"{site.Address}/insurer/drivers");
        await page.GetByTestId("driver-link").First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/insurer/drivers/DRV-"));
        await Assertions.Expect(page.GetByTestId("rating")).ToContainTextAsync("Territory");
        await Assertions.Expect(page.GetByTestId("score")).ToContainTextAsync("/ 100");
        await Assertions.Expect(page.GetByTestId("devices").Or(page.GetByTestId("no-devices"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("policies")).ToContainTextAsync("POL-DRV-");
        await WebPages.ScreenshotAsync(page, $"insurer-driver-detail-{device}");
        Assert.Empty(site.Refused);
    }

    [Theory]
    [InlineData("desktop", "DRV-0002")]
    [InlineData("phone", "DRV-0003")]
    public async Task An_admin_starts_a_simulated_trip_and_watches_it_arrive_live(string device, string driverId)
    {
        var page = await site.NewPageAsync(device == "phone" ? WebPages.Phone : WebPages.Desktop);
        await WebPages.SignInAsync(page, site.Address, "admin", "admin-dev");
        await page.GotoAsync($"{site.Address}/insurer/simulator");
        await WebPages.WaitUntilLiveAsync(page);
        await page.GetByTestId("simulator-driver").Locator("input").FillAsync(driverId);
        await page.GetByTestId("simulator-legs").Locator("input").FillAsync("1");
        await page.GetByTestId("start-simulated-trip").ClickAsync();

        await Assertions.Expect(page.GetByTestId("simulated-trip")).ToContainTextAsync($"{driverId}-SIM");
        await Assertions.Expect(page.GetByTestId("live-trip-status")).ToHaveTextAsync("Under way", new() { Timeout = 30_000 });
        await WebPages.ScreenshotAsync(page, $"insurer-simulator-{device}");
        await Assertions.Expect(page.GetByTestId("live-trip-status")).ToHaveTextAsync("Ended and scored", new() { Timeout = 240_000 });
        Assert.Empty(site.Refused);
    }
}
