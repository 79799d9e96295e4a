using Microsoft.Playwright;

namespace Telematics.IntegrationTests.Browser;

/// <summary>What the browser tests do on the web app's pages: sign in, wait for a page to be live, save its picture.</summary>
internal static class WebPages
{
    public static async Task SignInAsync(IPage page, string address, string username, string password)
    {
        await page.GotoAsync($"{address}/login");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Waits until the page's live connection is up: the theme switch answers clicks only then.</summary>
    public static Task WaitUntilLiveAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('[data-testid=theme-switch]') !== null");

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
