using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Browser;

/// <summary>The dashboard in a real browser (Debian's Chromium, which scripts/test.sh installs), against the real Api on Kestrel.</summary>
public sealed class DashboardBrowserTests
{
    [Fact]
    public async Task An_admin_signs_in_sees_the_portfolio_and_opens_a_driver_with_the_explanation_of_their_score()
    {
        await using var api = new FleetApiFactory();
        var address = Chromium.Serve(api);
        await WaitForTheFleetAsync(new Uri(address));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address);

        await page.FillAsync("input[name=password]", "wrong");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("wrong password");

        await page.FillAsync("input[name=password]", "admin-dev");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#drivers tbody tr")).ToHaveCountAsync(FleetApiFactory.Vehicles);
        await Assertions.Expect(page.Locator("#stats")).ToContainTextAsync("Drivers");

        await page.ClickAsync("#drivers tbody tr[data-id='DRV-0002']");
        await Assertions.Expect(page.Locator("#driver-title")).ToContainTextAsync("DRV-0002");
        await Assertions.Expect(page.Locator("#breakdown li").First).ToContainTextAsync("your premium");
        await Assertions.Expect(page.Locator("#score")).ToContainTextAsync("× the average driver");
        await Assertions.Expect(page.Locator("#premium")).ToContainTextAsync("Traditional");
        await Assertions.Expect(page.Locator("#trips tbody tr")).ToHaveCountAsync(FleetApiFactory.HistoryTrips);
    }

    private static async Task WaitForTheFleetAsync(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        var login = await (await http.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "admin-dev" })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("token").GetString());
        await Poll.UntilAsync(
            () => http.GetFromJsonAsync<JsonElement>("/api/v1/admin/drivers?sortBy=tripCount"),
            page => page.GetProperty("total").GetInt32() == FleetApiFactory.Vehicles
                && page.GetProperty("items").EnumerateArray().All(d => d.GetProperty("tripCount").GetInt32() >= FleetApiFactory.HistoryTrips),
            seconds: 60);
    }
}
