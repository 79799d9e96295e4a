using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Browser;

[CollectionDefinition(BrowserSite.Collection)]
public sealed class BrowserSiteCollection : ICollectionFixture<BrowserSite>;

/// <summary>One Api with its fleet and one Chromium for every browser test class: the start and the fleet's history cost most of a test's time.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string Collection = "Browser site";

    public const string ScriptDriver = "DRV-SCRIPT";
    public const string ScriptDriverPassword = "script-driver-password";
    public const string ScriptName = "<script>window.injected = 1</script><img src=x onerror=\"window.injected = 2\">";

    /// <summary>A second model version, the shipped one under an older name: making it current and back changes no score.</summary>
    public const string OtherModelVersion = "20000101-0000-browser-copy";

    private static readonly string Models = ModelCopies.WithSecondVersion(OtherModelVersion);

    private readonly FleetApiFactory _api = new(Models);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Address { get; private set; } = "";

    public HttpClient Admin { get; private set; } = default!;

    /// <summary>The Api's services, for a test that needs what the API would take long to make (thousands of drivers).</summary>
    public IServiceProvider Services => _api.Services;

    /// <summary>What any page's Content-Security-Policy refused, which should be nothing.</summary>
    public ConcurrentBag<string> Refused { get; } = [];

    public async Task InitializeAsync()
    {
        Address = Chromium.Serve(_api);
        Admin = new HttpClient { BaseAddress = new Uri(Address) };
        var login = await (await Admin.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "admin-dev" })).Content.ReadFromJsonAsync<JsonElement>();
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("token").GetString());
        await Poll.UntilAsync(
            () => Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/drivers?sortBy=tripCount"),
            page => page.GetProperty("total").GetInt32() == FleetApiFactory.Vehicles
                && page.GetProperty("items").EnumerateArray().All(d => d.GetProperty("tripCount").GetInt32() >= FleetApiFactory.HistoryTrips),
            seconds: 60);
        var registered = await Admin.PostAsJsonAsync("/api/v1/admin/drivers", new
        {
            driverId = ScriptDriver,
            name = ScriptName,
            policyStart = DateTimeOffset.UtcNow.AddDays(-30),
            password = ScriptDriverPassword,
            rating = TestData.Rating,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, registered.StatusCode);
        // The machine the tests share is slow: a page's first live render can take seconds.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A page of its own browser context (its own cookies and storage), reporting any refusal by the page's policy.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize viewport)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy"))
            {
                Refused.Add(message.Text);
            }
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Admin.Dispose();
        await _api.DisposeAsync();
        Directory.Delete(Models, recursive: true);
    }
}
