using Microsoft.Playwright;

namespace Telematics.IntegrationTests.Browser;

/// <summary>The driver portal and the Orleans Dashboard in Debian's Chromium, against the real Api with its built-in fleet.</summary>
[Collection(BrowserSite.Collection)]
public sealed class DriverPortalBrowserTests(BrowserSite site)
{
    private static readonly string[] DriverPages = ["", "trips", "pricing", "advisor", "behaviour", "rewards", "live", "notifications", "profile"];

    [Fact]
    public async Task A_driver_sees_only_their_own_pages_opens_a_trip_with_its_route_drawn_and_opens_live_driving()
    {
        var page = await site.NewPageAsync(WebPages.Desktop);
        await WebPages.SignInAsync(page, site.Address, "DRV-0001", "driver-dev");
        await Assertions.Expect(page).ToHaveURLAsync($"{site.Address}/drivers/DRV-0001");
        await Assertions.Expect(page.GetByTestId("score")).ToContainTextAsync("/ 100");
        await Assertions.Expect(page.GetByTestId("premium")).ToContainTextAsync("a year");

        await page.GotoAsync($"{site.Address}/drivers/DRV-0002");
        await Assertions.Expect(page.GetByTestId("access-refused")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("score")).ToHaveCountAsync(0);

        await page.GotoAsync($"{site.Address}/drivers/DRV-0001/trips");
        await WebPages.OpenFirstTripAsync(page, site.Address);
        await Assertions.Expect(page.Locator("[data-testid=route-map] path.route-path")).ToHaveCountAsync(1);
        Assert.True(await page.Locator("[data-testid=route-map] path.route-marker").CountAsync() >= 2, "the start and end are marked");
        await Assertions.Expect(page.GetByTestId("trip-features")).ToContainTextAsync("mi");

        await page.GotoAsync($"{site.Address}/drivers/DRV-0001/live");
        await WebPages.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByTestId("live-waiting")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_theme_switch_is_remembered_by_the_browser()
    {
        var page = await site.NewPageAsync(WebPages.Desktop);
        await WebPages.SignInAsync(page, site.Address, "DRV-0003", "driver-dev");
        await WebPages.WaitUntilLiveAsync(page);
        var theme = page.GetByTestId("theme-switch");
        var before = await theme.GetAttributeAsync("aria-pressed");
        await theme.ClickAsync();
        var after = before == "true" ? "false" : "true";
        await Assertions.Expect(theme).ToHaveAttributeAsync("aria-pressed", after);

        await page.ReloadAsync();
        await WebPages.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByTestId("theme-switch")).ToHaveAttributeAsync("aria-pressed", after);
    }

    [Fact]
    public async Task Script_in_a_drivers_name_is_shown_as_text()
    {
        var page = await site.NewPageAsync(WebPages.Desktop);
        await WebPages.SignInAsync(page, site.Address, BrowserSite.ScriptDriver, BrowserSite.ScriptDriverPassword);
        await Assertions.Expect(page.GetByTestId("driver-name")).ToHaveTextAsync(BrowserSite.ScriptName);
        await page.GotoAsync($"{site.Address}/drivers/{BrowserSite.ScriptDriver}/profile");
        await Assertions.Expect(page.GetByTestId("profile-name")).ToHaveTextAsync(BrowserSite.ScriptName);

        Assert.Equal("none", await page.EvaluateAsync<string>("() => String(window.injected ?? 'none')"));
    }

    [Fact]
    public async Task An_admin_opens_the_orleans_dashboard_through_the_sign_in_and_a_driver_is_refused_it()
    {
        var admin = await site.NewPageAsync(WebPages.Desktop);
        await WebPages.SignInAsync(admin, site.Address, "admin", "admin-dev");
        await WebPages.WaitUntilLiveAsync(admin);
        await admin.GotoAsync($"{site.Address}/admin/orleans/");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Orleans Dashboard" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByText("Total activations", new() { Exact = false }).First).ToBeVisibleAsync();
        await WebPages.ScreenshotAsync(admin, "orleans-dashboard-desktop");

        var driver = await site.NewPageAsync(WebPages.Desktop);
        await WebPages.SignInAsync(driver, site.Address, "DRV-0002", "driver-dev");
        await WebPages.WaitUntilLiveAsync(driver);
        var refused = await driver.GotoAsync($"{site.Address}/admin/orleans/");
        await Assertions.Expect(driver.GetByTestId("access-refused")).ToBeVisibleAsync();
        Assert.DoesNotContain("/admin/orleans", refused!.Url.Split('?')[0]);
    }

    [Fact]
    public async Task Every_driver_page_renders_on_a_desktop_and_a_phone_and_is_saved_as_a_screenshot()
    {
        foreach (var (viewport, device) in new[] { (WebPages.Desktop, "desktop"), (WebPages.Phone, "phone") })
        {
            var page = await site.NewPageAsync(viewport);
            await WebPages.SignInAsync(page, site.Address, "DRV-0002", "driver-dev");
            await WebPages.WaitUntilLiveAsync(page);
            foreach (var name in DriverPages)
            {
                await page.GotoAsync($"{site.Address}/drivers/DRV-0002{(name == "" ? "" : "/" + name)}");
                await WebPages.WaitUntilLiveAsync(page);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByTestId("page-error")).ToHaveCountAsync(0);
                await WebPages.ScreenshotAsync(page, $"driver-{(name == "" ? "overview" : name)}-{device}");
                Assert.Empty(await WebPages.CutOffAsync(page));
            }

            await page.GotoAsync($"{site.Address}/drivers/DRV-0002/trips");
            await WebPages.OpenFirstTripAsync(page, site.Address);
            await Assertions.Expect(page.Locator("[data-testid=route-map] path.route-path")).ToHaveCountAsync(1);
            // No tiles configured (the tests have no network): a plain background, and no tile provider to credit.
            await Assertions.Expect(page.Locator("[data-testid=route-map].route-map-plain")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("[data-testid=route-map] .leaflet-control-attribution")).ToHaveCountAsync(0);
            await WebPages.ScreenshotAsync(page, $"driver-trip-{device}");
            Assert.Empty(await WebPages.CutOffAsync(page));
            await page.GotoAsync($"{site.Address}/login");
            await WebPages.ScreenshotAsync(page, $"sign-in-{device}");
        }

        Assert.Empty(site.Refused);
    }
}
