using System.Net.Http.Json;
using System.Text.Json;
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
        await WebPages.WaitUntilLiveAsync(page);
        // A fleet driver, who has a device and a policy: other tests add drivers that have neither.
        await page.GetByLabel("Search by name or driver id").FillAsync("DRV-0001");
        await Assertions.Expect(page.GetByTestId("drivers-count")).ToHaveTextAsync("1 driver");
        await page.GetByTestId("driver-link").First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/insurer/drivers/DRV-0001$"));
        await Assertions.Expect(page.GetByTestId("rating")).ToContainTextAsync("Territory");
        await Assertions.Expect(page.GetByTestId("score")).ToContainTextAsync("/ 100");
        await Assertions.Expect(page.GetByTestId("devices").Or(page.GetByTestId("no-devices"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("policies")).ToContainTextAsync("POL-DRV-");
        // Each factor by the name the explanation gives its variable, with the model's identifier under it.
        var breakdown = await site.Admin.GetFromJsonAsync<JsonElement>("/api/v1/risk/DRV-0001/breakdown?factors=100");
        var labels = breakdown.GetProperty("raising").EnumerateArray().Concat(breakdown.GetProperty("lowering").EnumerateArray())
            .ToDictionary(f => f.GetProperty("variable").GetString()!, f => f.GetProperty("label").GetString()!);
        await Assertions.Expect(page.GetByTestId("factor").First).ToBeVisibleAsync();
        var shown = await page.GetByTestId("factor").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.querySelector('[data-testid=factor-variable]').textContent, r.querySelector('[data-testid=factor-label]').textContent])");
        Assert.NotEmpty(shown);
        Assert.All(shown, f => Assert.Equal(labels[f[0]], f[1]));
        Assert.Contains(shown, f => f[0] != f[1]);
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
        await page.GetByLabel("Driver id").FillAsync(driverId);
        await page.GetByLabel("Legs").FillAsync("1");
        await page.GetByTestId("start-simulated-trip").ClickAsync();

        await Assertions.Expect(page.GetByTestId("simulated-trip")).ToContainTextAsync($"{driverId}-SIM");
        await Assertions.Expect(page.GetByTestId("live-trip-status")).ToHaveTextAsync("Under way", new() { Timeout = 30_000 });
        await WebPages.ScreenshotAsync(page, $"insurer-simulator-{device}");
        if (device == "desktop")
        {
            // A leg drives for a minute or so in real time: the end and the score are watched once.
            await Assertions.Expect(page.GetByTestId("live-trip-status")).ToHaveTextAsync("Ended and scored", new() { Timeout = 240_000 });
        }

        Assert.Empty(site.Refused);
    }
}
