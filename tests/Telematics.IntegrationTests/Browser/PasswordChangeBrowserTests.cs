using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Browser;

/// <summary>A driver changes their password from their profile: this browser stays signed in, their other sessions end, and only the new password signs in.</summary>
[Collection(BrowserSite.Collection)]
public sealed class PasswordChangeBrowserTests(BrowserSite site)
{
    private const string DriverId = "DRV-PASSWORD";
    private const string OldPassword = "old-password-1";
    private const string NewPassword = "new-password-2";

    [Fact]
    public async Task A_driver_changes_their_password_from_their_profile()
    {
        await ApiFixture.RegisterAsync(site.Admin, DriverId, "VEH-PASSWORD", OldPassword);
        var other = await site.NewPageAsync(WebPages.Desktop);
        await WebPages.SignInAsync(other, site.Address, DriverId, OldPassword);
        await Assertions.Expect(other).ToHaveURLAsync($"{site.Address}/drivers/{DriverId}");

        var page = await site.NewPageAsync(WebPages.Phone);
        await WebPages.SignInAsync(page, site.Address, DriverId, OldPassword);
        await page.GotoAsync($"{site.Address}/drivers/{DriverId}/profile");
        await WebPages.WaitUntilLiveAsync(page);
        await page.GetByTestId("change-password").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{site.Address}/account/password");

        await FillAsync(page, "not-the-password", NewPassword, NewPassword);
        await Assertions.Expect(page.GetByTestId("password-error")).ToHaveTextAsync("The current password is wrong.");
        await FillAsync(page, OldPassword, "short", "short");
        await Assertions.Expect(page.GetByTestId("password-error")).ToContainTextAsync("The new password must be at least");
        await FillAsync(page, OldPassword, NewPassword, NewPassword + "x");
        await Assertions.Expect(page.GetByTestId("password-error")).ToContainTextAsync("differ");
        await WebPages.ScreenshotAsync(page, "account-password-phone");

        await FillAsync(page, OldPassword, NewPassword, NewPassword);
        await Assertions.Expect(page.GetByTestId("password-changed")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Back" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{site.Address}/drivers/{DriverId}/profile");
        await Assertions.Expect(page.GetByTestId("profile-name")).ToBeVisibleAsync();

        await other.ReloadAsync();
        await Assertions.Expect(other).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await WebPages.SignInAsync(other, site.Address, DriverId, OldPassword);
        await Assertions.Expect(other.GetByTestId("login-error")).ToBeVisibleAsync();
        await WebPages.SignInAsync(other, site.Address, DriverId, NewPassword);
        await Assertions.Expect(other).ToHaveURLAsync($"{site.Address}/drivers/{DriverId}");

        // Each post is audited as a change of the account, with the status the browser got, oldest last.
        var audit = await Poll.UntilAsync(
            () => site.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?resourceType=user&resourceId={DriverId}&actor={DriverId}"),
            page => page.GetProperty("items").GetArrayLength() >= 4);
        Assert.Equal([200, 400, 400, 403], audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("record").GetProperty("outcome").GetInt32()));
    }

    private static async Task FillAsync(IPage page, string current, string next, string again)
    {
        await page.GetByLabel("Current password").FillAsync(current);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(next);
        await page.GetByLabel("New password again").FillAsync(again);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
    }
}
