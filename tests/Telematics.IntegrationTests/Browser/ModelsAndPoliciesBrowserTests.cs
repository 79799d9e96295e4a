using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Telematics.IntegrationTests.Browser;

/// <summary>
/// The insurer console's models and policies pages in Chromium: an admin makes another model version current and back,
/// creates a policy for a fleet driver, renews it and cancels the fleet's one, each in the audit trail as the API
/// records it; an underwriter reads both pages without the buttons that change them.
/// </summary>
[Collection(BrowserSite.Collection)]
public sealed class ModelsAndPoliciesBrowserTests(BrowserSite site)
{
    private const string UnderwriterPassword = "underwriter-browser-pass";

    private async Task<IPage> SignedInAsync(ViewportSize viewport, string username, string password, string route)
    {
        var page = await site.NewPageAsync(viewport);
        await WebPages.SignInAsync(page, site.Address, username, password);
        await WebPages.WaitUntilLiveAsync(page);
        await page.GotoAsync(site.Address + route);
        await WebPages.WaitUntilLiveAsync(page);
        return page;
    }

    /// <summary>The audit entries of <paramref name="action"/> on <paramref name="resourceId"/>, newest first.</summary>
    private async Task<List<JsonElement>> AuditAsync(string action, string resourceId)
    {
        var audit = await site.Admin.GetFromJsonAsync<JsonElement>(
            $"/api/v1/admin/audit?action={action}&resourceId={Uri.EscapeDataString(resourceId)}&limit=50");
        return [.. audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("record"))];
    }

    /// <summary>A policy's first cell, which carries its number and status.</summary>
    private static ILocator Policy(IPage page, string number) => page.Locator($"[data-testid=policy-row][data-policy='{number}']");

    private static ILocator Row(IPage page, string number) => page.Locator("tr").Filter(new() { Has = Policy(page, number) });

    private async Task<string> CurrentModelAsync() =>
        (await site.Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/models")).GetProperty("current").GetString()!;

    private static async Task ConfirmAsync(IPage page, string button)
    {
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_admin_sees_each_model_versions_figures_and_makes_another_current_and_back()
    {
        var shipped = await CurrentModelAsync();
        try
        {
            var page = await SignedInAsync(WebPages.Desktop, "admin", "admin-dev", "/insurer/models");
            var versions = page.GetByTestId("model-version");
            await Assertions.Expect(versions).ToHaveCountAsync(2);
            var shippedCard = page.Locator($"[data-testid=model-version][data-version='{shipped}']");
            var otherCard = page.Locator($"[data-testid=model-version][data-version='{BrowserSite.OtherModelVersion}']");
            await Assertions.Expect(shippedCard).ToHaveAttributeAsync("data-current", "true");
            await Assertions.Expect(shippedCard.GetByTestId("model-current")).ToHaveTextAsync("Current");
            await Assertions.Expect(shippedCard.GetByTestId("make-current")).ToHaveCountAsync(0);
            // The shipped telematics model's validation Gini, as its manifest and docs/model-card.md give it (0.4703).
            await Assertions.Expect(shippedCard.GetByTestId("model-metrics")).ToContainTextAsync("0.470");
            await Assertions.Expect(shippedCard.GetByTestId("model-metrics")).ToContainTextAsync("Poisson deviance");
            await Assertions.Expect(page.GetByTestId("figure-meanings")).ToContainTextAsync("lower is better");
            await WebPages.ScreenshotAsync(page, "insurer-models-desktop");
            Assert.Empty(await WebPages.CutOffAsync(page));

            // Asked first: keeping the current model changes nothing.
            await otherCard.GetByTestId("make-current").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync($"Make {BrowserSite.OtherModelVersion} current?");
            await ConfirmAsync(page, "Keep the current model");
            Assert.Equal(shipped, await CurrentModelAsync());

            await otherCard.GetByTestId("make-current").ClickAsync();
            await ConfirmAsync(page, "Make current");
            await Assertions.Expect(page.GetByTestId("models-changed")).ToContainTextAsync($"{BrowserSite.OtherModelVersion} scores from now on");
            await Assertions.Expect(otherCard).ToHaveAttributeAsync("data-current", "true");
            await Assertions.Expect(shippedCard).ToHaveAttributeAsync("data-current", "false");
            Assert.Equal(BrowserSite.OtherModelVersion, await CurrentModelAsync());
            var rescore = page.GetByTestId("models-changed").GetByRole(AriaRole.Link);
            Assert.Equal($"/insurer/rescoring?model={BrowserSite.OtherModelVersion}", await rescore.GetAttributeAsync("href"));

            var change = (await AuditAsync("SetCurrentModel", "current")).First();
            Assert.Equal("admin", change.GetProperty("actor").GetString());
            Assert.Equal(200, change.GetProperty("outcome").GetInt32());
            Assert.Equal("model", change.GetProperty("resourceType").GetString());
            Assert.Equal($"{{\"version\":\"{shipped}\"}}", change.GetProperty("before").GetString());
            Assert.Equal($"{{\"version\":\"{BrowserSite.OtherModelVersion}\"}}", change.GetProperty("after").GetString());

            // The rescoring page opens with the version chosen.
            await rescore.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync($"{site.Address}/insurer/rescoring?model={BrowserSite.OtherModelVersion}");
            await Assertions.Expect(page.Locator("div.mud-select").Filter(new() { HasText = "Model version" }).First).ToContainTextAsync(BrowserSite.OtherModelVersion);

            await page.GotoAsync($"{site.Address}/insurer/models");
            await WebPages.WaitUntilLiveAsync(page);
            await shippedCard.GetByTestId("make-current").ClickAsync();
            await ConfirmAsync(page, "Make current");
            await Assertions.Expect(shippedCard).ToHaveAttributeAsync("data-current", "true");
            Assert.Equal(shipped, await CurrentModelAsync());
        }
        finally
        {
            // Whatever failed above, the other browser tests score with the shipped version.
            (await site.Admin.PutAsJsonAsync("/api/v1/admin/models/current", new { version = shipped })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task An_admin_cancels_a_fleet_drivers_policy_creates_a_new_one_and_renews_it()
    {
        const string Driver = "DRV-0003";
        const string Fleet = "POL-DRV-0003";
        const string Number = "POL-WEB-0003";
        var page = await SignedInAsync(WebPages.Desktop, "admin", "admin-dev", "/insurer/policies");
        await Assertions.Expect(Policy(page, Fleet)).ToHaveAttributeAsync("data-status", "Active");
        await WebPages.ScreenshotAsync(page, "insurer-policies-desktop");
        Assert.Empty(await WebPages.CutOffAsync(page));

        await page.GetByLabel("Driver id").FillAsync(Driver);
        await Assertions.Expect(page.GetByTestId("policy-row")).ToHaveCountAsync(1);
        var fleet = Row(page, Fleet);
        await Assertions.Expect(fleet.GetByRole(AriaRole.Link, new() { Name = Driver })).ToHaveAttributeAsync("href", $"/drivers/{Driver}");

        // The driver has an active policy: the dialog keeps the form and says why, as the API's 409 does.
        await page.GetByTestId("create-policy").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Policy number").FillAsync(Number);
        await Assertions.Expect(dialog.GetByLabel("Driver id")).ToHaveValueAsync(Driver);
        await dialog.GetByLabel("Vehicles covered").FillAsync("VEH-0001");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create policy" }).ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Vehicle 1 is not a vehicle registered to driver 'DRV-0003'.");
        await dialog.GetByLabel("Vehicles covered").FillAsync("VEH-0003");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create policy" }).ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("create-policy-problem")).ToContainTextAsync("Driver has an active policy");
        await WebPages.ScreenshotAsync(page, "insurer-policies-create-refused-desktop");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        await fleet.GetByTestId("cancel-policy").ClickAsync();
        await ConfirmAsync(page, "Cancel policy");
        await Assertions.Expect(page.GetByTestId("policy-notice")).ToHaveTextAsync($"{Fleet} cancelled.");
        await Assertions.Expect(Policy(page, Fleet)).ToHaveAttributeAsync("data-status", "Cancelled");
        await Assertions.Expect(fleet.GetByTestId("cancel-policy")).ToHaveCountAsync(0);

        await page.GetByTestId("create-policy").ClickAsync();
        await dialog.GetByLabel("Policy number").FillAsync(Number);
        await dialog.GetByLabel("Vehicles covered").FillAsync("VEH-0003");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create policy" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("policy-notice")).ToContainTextAsync($"{Number} issued to {Driver}");
        var created = Row(page, Number);
        await Assertions.Expect(Policy(page, Number)).ToHaveAttributeAsync("data-status", "Active");

        await created.GetByTestId("renew-policy").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync($"{Number}-R1");
        await ConfirmAsync(page, "Renew");
        await Assertions.Expect(page.GetByTestId("policy-notice")).ToContainTextAsync($"{Number} renewed as {Number}-R1");
        await Assertions.Expect(Policy(page, Number)).ToHaveAttributeAsync("data-status", "Renewed");
        await Assertions.Expect(Policy(page, $"{Number}-R1")).ToHaveAttributeAsync("data-status", "Active");

        await page.GetByLabel("Status").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Cancelled" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("policy-row")).ToHaveCountAsync(1);
        await Assertions.Expect(fleet).ToBeVisibleAsync();

        var phone = await SignedInAsync(WebPages.Phone, "admin", "admin-dev", "/insurer/policies");
        await Assertions.Expect(phone.GetByTestId("renew-policy").First).ToBeVisibleAsync();
        await WebPages.ScreenshotAsync(phone, "insurer-policies-phone");
        Assert.Empty(await WebPages.CutOffAsync(phone));

        // Each change is in the audit trail as the API records it: the policy before and after, the API's status.
        var cancelled = Assert.Single(await AuditAsync("CancelPolicy", Fleet));
        Assert.Equal((200, "admin"), (cancelled.GetProperty("outcome").GetInt32(), cancelled.GetProperty("actor").GetString()));
        Assert.Contains("\"status\":\"Active\"", cancelled.GetProperty("before").GetString());
        Assert.Contains("\"status\":\"Cancelled\"", cancelled.GetProperty("after").GetString());
        var creations = await AuditAsync("CreatePolicy", Number);
        Assert.Equal([201, 409, 400], creations.Select(e => e.GetProperty("outcome").GetInt32()));
        Assert.Contains($"\"number\":\"{Number}\"", creations[0].GetProperty("after").GetString());
        var renewed = Assert.Single(await AuditAsync("RenewPolicy", Number));
        Assert.Equal(201, renewed.GetProperty("outcome").GetInt32());
        Assert.Contains("\"status\":\"Active\"", renewed.GetProperty("before").GetString());
        Assert.Contains($"\"renewalOf\":\"{Number}\"", renewed.GetProperty("after").GetString());
    }

    [Fact]
    public async Task An_underwriter_reads_both_pages_without_the_buttons_that_change_them_on_a_desktop_and_a_phone()
    {
        var username = $"uw-browser-{Guid.NewGuid():N}"[..20];
        (await site.Admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = UnderwriterPassword, role = "underwriter" })).EnsureSuccessStatusCode();
        foreach (var (viewport, device) in new[] { (WebPages.Desktop, "desktop"), (WebPages.Phone, "phone") })
        {
            var page = await SignedInAsync(viewport, username, UnderwriterPassword, "/insurer/models");
            await Assertions.Expect(page.GetByTestId("model-version")).ToHaveCountAsync(2);
            await Assertions.Expect(page.GetByTestId("model-current")).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByTestId("make-current")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Rescore with {BrowserSite.OtherModelVersion}" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("page-error")).ToHaveCountAsync(0);
            await WebPages.ScreenshotAsync(page, $"insurer-models-underwriter-{device}");
            Assert.Empty(await WebPages.CutOffAsync(page));

            await page.GotoAsync($"{site.Address}/insurer/policies");
            await WebPages.WaitUntilLiveAsync(page);
            await Assertions.Expect(Policy(page, "POL-DRV-0001")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("create-policy")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("renew-policy")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("cancel-policy")).ToHaveCountAsync(0);
            await WebPages.ScreenshotAsync(page, $"insurer-policies-underwriter-{device}");
            Assert.Empty(await WebPages.CutOffAsync(page));

            await page.GetByLabel("Driver id").FillAsync("DRV-NOBODY");
            await Assertions.Expect(page.GetByTestId("policies-empty")).ToContainTextAsync("Clear the filters");
            await page.GetByLabel("Driver id").FillAsync("not an id!");
            await Assertions.Expect(page.GetByTestId("policies-filter-refused")).ToContainTextAsync("must be 1–64 characters");
        }

        Assert.Empty(site.Refused);
    }
}
