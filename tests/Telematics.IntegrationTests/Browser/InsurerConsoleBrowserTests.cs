using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Telematics.Api.Admin;

namespace Telematics.IntegrationTests.Browser;

/// <summary>An admin's journey through the insurer console: drivers sorted and searched, one opened, the portfolio rescored and a second job cancelled, the theme switched.</summary>
[Collection(BrowserSite.Collection)]
public sealed class InsurerConsoleBrowserTests(BrowserSite site)
{
    /// <summary>Enough drivers that a job rescoring one at a time runs for seconds, long enough to be cancelled from the page.</summary>
    private const int BulkDrivers = 4_000;

    [Fact]
    public async Task An_admin_sorts_and_searches_drivers_opens_one_rescores_the_portfolio_and_cancels_a_second_job()
    {
        await RegisterBulkDriversAsync();
        var page = await site.NewPageAsync(WebPages.Desktop);
        await WebPages.SignInAsync(page, site.Address, "admin", "admin-dev");
        await page.GotoAsync($"{site.Address}/insurer/drivers");
        await WebPages.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByTestId("drivers-count")).ToContainTextAsync("drivers");

        await page.GetByTestId("sort-score").ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort=ascending]")).ToContainTextAsync("Score");
        await page.GetByTestId("sort-score").ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort=descending]")).ToContainTextAsync("Score");
        var scores = (await page.Locator("[data-testid=driver-row] td:nth-child(2)").AllTextContentsAsync()).Select(Score).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.True(scores[0] > 0, "the fleet's scored drivers come first");

        await page.GetByLabel("Search by name or driver id").FillAsync(BrowserSite.ScriptDriver);
        await Assertions.Expect(page.GetByTestId("drivers-count")).ToHaveTextAsync("1 driver");
        var row = page.GetByTestId("driver-row");
        await Assertions.Expect(row).ToContainTextAsync(BrowserSite.ScriptName);
        await WebPages.ScreenshotAsync(page, "insurer-drivers-desktop");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/drivers/{BrowserSite.ScriptDriver}$"));

        await page.GotoAsync($"{site.Address}/insurer/rescoring");
        await WebPages.WaitUntilLiveAsync(page);
        await page.GetByTestId("start-rescoring").ClickAsync();
        var jobs = page.GetByTestId("job-row");
        await Assertions.Expect(jobs.First).ToHaveAttributeAsync("data-status", "Completed", new() { Timeout = 60_000 });

        await page.GetByLabel("Drivers at a time").FillAsync("1");
        await page.GetByTestId("start-rescoring").ClickAsync();
        await Assertions.Expect(jobs).ToHaveCountAsync(2);
        await Assertions.Expect(jobs.First).ToHaveAttributeAsync("data-status", "Running");
        await jobs.First.GetByTestId("cancel-job").ClickAsync();
        await Assertions.Expect(jobs.First).ToHaveAttributeAsync("data-status", "Cancelled");
        Assert.Equal("Completed", await jobs.Nth(1).GetAttributeAsync("data-status"));
        await WebPages.ScreenshotAsync(page, "insurer-rescoring-desktop");

        var theme = page.GetByTestId("theme-switch");
        var before = await theme.GetAttributeAsync("aria-pressed");
        await theme.ClickAsync();
        await Assertions.Expect(theme).Not.ToHaveAttributeAsync("aria-pressed", before!);
        await theme.ClickAsync();
        await Assertions.Expect(theme).ToHaveAttributeAsync("aria-pressed", before!);
    }

    [Theory]
    [InlineData("portfolio", "/insurer")]
    [InlineData("drivers", "/insurer/drivers")]
    [InlineData("devices", "/insurer/devices")]
    [InlineData("rescoring", "/insurer/rescoring")]
    [InlineData("models", "/insurer/models")]
    [InlineData("policies", "/insurer/policies")]
    [InlineData("users", "/insurer/users")]
    [InlineData("audit", "/insurer/audit")]
    public async Task Every_insurer_page_fits_a_desktop_and_a_phone_and_is_saved_as_a_screenshot(string name, string path)
    {
        foreach (var (device, viewport) in new[] { ("desktop", WebPages.Desktop), ("phone", WebPages.Phone) })
        {
            var page = await site.NewPageAsync(viewport);
            await WebPages.SignInAsync(page, site.Address, "admin", "admin-dev");
            await page.GotoAsync(site.Address + path);
            await WebPages.WaitUntilLiveAsync(page);
            await Assertions.Expect(page.GetByTestId("page-error")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await WebPages.ScreenshotAsync(page, $"insurer-{name}-{device}");
            Assert.Empty(await WebPages.CutOffAsync(page));
            await page.Context.CloseAsync();
        }
    }

    private async Task RegisterBulkDriversAsync()
    {
        var registrations = site.Services.GetRequiredService<RegistrationService>();
        await Parallel.ForEachAsync(
            Enumerable.Range(1, BulkDrivers),
            new ParallelOptions { MaxDegreeOfParallelism = 32 },
            async (i, _) => await registrations.RegisterDriverAsync($"DRV-BULK-{i:D5}", TestData.Registration($"Bulk driver {i}"), password: null));
    }

    /// <summary>A score as the table shows it ("86 / 100"); a driver not scored yet shows 0.</summary>
    private static double Score(string text) => double.Parse(text.Split('/')[0].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture);
}
