using Microsoft.Playwright;

namespace Telematics.IntegrationTests.Browser;

/// <summary>What the browser tests do on the web app's pages: sign in, wait for a page to be live, save its picture.</summary>
internal static class WebPages
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static async Task SignInAsync(IPage page, string address, string username, string password)
    {
        await page.GotoAsync($"{address}/login");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Waits until the page's live connection is up (the layout marks it): a prerendered page answers no clicks.</summary>
    public static Task WaitUntilLiveAsync(IPage page) =>
        page.Locator("[data-testid=theme-switch][data-live=true]").WaitForAsync(new() { Timeout = 30_000 });

    /// <summary>Opens the first trip of a trips page by its address (a click could land before the page is live).</summary>
    public static async Task OpenFirstTripAsync(IPage page, string address)
    {
        var trip = page.Locator("[data-testid=trips] tbody tr a").First;
        await trip.WaitForAsync(new() { Timeout = 30_000 });
        await page.GotoAsync(address + await trip.GetAttributeAsync("href"));
    }

    /// <summary>
    /// The page itself and the tables in it that are wider than their box, so that a reader would have to scroll them
    /// sideways (a phone's cut-off last column); each as its tag and test id. A table in a <c>table-scroll</c> box (the
    /// insurer console's job and device lists) scrolls sideways by design and is not counted.
    /// </summary>
    public static Task<string[]> CutOffAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        () => [document.scrollingElement, ...[...document.querySelectorAll(".mud-table-container")].filter(e => !e.closest(".table-scroll"))]
            .filter(e => e.scrollWidth > e.clientWidth + 1)
            .map(e => `${e.tagName} ${e.closest("[data-testid]")?.dataset.testid ?? ""}: ${e.scrollWidth} px in ${e.clientWidth} px`)
        """);

    /// <summary>The folder the screenshots go to, printed once per run so that a reader finds them.</summary>
    public static readonly string ScreenshotFolder = CreateScreenshotFolder();

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });
    }

    private static string CreateScreenshotFolder()
    {
        var folder = Environment.GetEnvironmentVariable("TELEMATICS_SCREENSHOTS") is { Length: > 0 } chosen
            ? chosen
            : Path.Combine(Path.GetTempPath(), "telematics-screenshots");
        Directory.CreateDirectory(folder);
        Console.WriteLine($"Web app screenshots: {folder}");
        return folder;
    }
}
