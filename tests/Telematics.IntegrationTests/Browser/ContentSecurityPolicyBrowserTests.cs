using Microsoft.Playwright;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Browser;

/// <summary>The pages still work under their Content-Security-Policy (issue 22, item 9), in Debian's Chromium: nothing refused.</summary>
public sealed class ContentSecurityPolicyBrowserTests
{
    [Fact]
    public async Task The_web_app_the_orleans_dashboard_and_the_api_reference_load_with_nothing_refused_by_their_policy()
    {
        await using var api = new TelematicsApiFactory();
        var address = Chromium.Serve(api);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy"))
            {
                refused.Add(message.Text);
            }
        };

        await page.GotoAsync($"{address}/scalar");
        await Assertions.Expect(page.GetByText("Exchange a username and password for a JWT").First).ToBeVisibleAsync();
        await WebPages.SignInAsync(page, address, "admin", "admin-dev");
        await WebPages.WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, admin" })).ToBeVisibleAsync();
        await page.GotoAsync($"{address}/admin/orleans/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(refused);
    }
}
