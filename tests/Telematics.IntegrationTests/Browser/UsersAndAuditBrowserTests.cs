using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Telematics.IntegrationTests.Browser;

/// <summary>
/// An admin creates an underwriter on the Users page (a refused first try shows the validator's error), the new user
/// signs in and reads the audit log, the admin disables them, which signs them out, and the audit log filtered by the
/// account shows the tries, the creation and the disable, with an intact chain.
/// </summary>
[Collection(BrowserSite.Collection)]
public sealed class UsersAndAuditBrowserTests(BrowserSite site)
{
    private const string Username = "web-underwriter";
    private const string Password = "first-password-1";

    [Fact]
    public async Task An_admin_creates_and_disables_a_user_and_sees_both_in_the_audit_log()
    {
        var admin = await site.NewPageAsync(WebPages.Desktop);
        await WebPages.SignInAsync(admin, site.Address, "admin", "admin-dev");
        await admin.GotoAsync($"{site.Address}/insurer/users");
        await WebPages.WaitUntilLiveAsync(admin);
        await Assertions.Expect(admin.Locator("[data-testid=user-row][data-username=admin]")).ToBeVisibleAsync();

        await admin.GetByTestId("create-user").ClickAsync();
        await admin.GetByLabel("Username").FillAsync(Username);
        await admin.GetByLabel("First password").FillAsync("short");
        await admin.GetByTestId("create-user-submit").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("dialog-problem")).ToContainTextAsync("Password: must be at least");
        await admin.GetByLabel("First password").FillAsync(Password);
        await admin.GetByTestId("create-user-submit").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("users-done")).ToHaveTextAsync($"{Username} is created.");
        var row = admin.Locator($"[data-testid=user-row][data-username={Username}]");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "active");
        await WebPages.ScreenshotAsync(admin, "insurer-users-desktop");

        var user = await site.NewPageAsync(WebPages.Phone);
        await WebPages.SignInAsync(user, site.Address, Username, Password);
        await user.GotoAsync($"{site.Address}/insurer/audit");
        await Assertions.Expect(user.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToBeVisibleAsync();
        await Assertions.Expect(user.GetByTestId("audit-table")).ToBeVisibleAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = $"Actions for {Username}" }).ClickAsync();
        await admin.GetByRole(AriaRole.Menuitem, new() { Name = "Disable" }).ClickAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "disabled");
        await user.ReloadAsync();
        await Assertions.Expect(user).ToHaveURLAsync(new Regex("/login"));

        await admin.GotoAsync($"{site.Address}/insurer/audit");
        await WebPages.WaitUntilLiveAsync(admin);
        await admin.GetByLabel("Resource type").FillAsync("user");
        await admin.GetByLabel("Resource id").FillAsync(Username);
        var rows = admin.GetByTestId("audit-row");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        Assert.Equal(["DisableUser", "CreateUser", "CreateUser"], await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.action)"));
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("\"status\":\"disabled\"");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("201");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("400");
        await admin.GetByTestId("verify-chain").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("verify-result")).ToHaveAttributeAsync("data-intact", "true");
        await WebPages.ScreenshotAsync(admin, "insurer-audit-desktop");

        var phone = await site.NewPageAsync(WebPages.Phone);
        await WebPages.SignInAsync(phone, site.Address, "admin", "admin-dev");
        await phone.GotoAsync($"{site.Address}/insurer/users");
        await Assertions.Expect(phone.GetByTestId("users-table")).ToBeVisibleAsync();
        await WebPages.ScreenshotAsync(phone, "insurer-users-phone");
        Assert.Empty(await WebPages.CutOffAsync(phone));
        await phone.GotoAsync($"{site.Address}/insurer/audit");
        await Assertions.Expect(phone.GetByTestId("audit-table")).ToBeVisibleAsync();
        await WebPages.ScreenshotAsync(phone, "insurer-audit-phone");
        Assert.Empty(await WebPages.CutOffAsync(phone));
    }
}
