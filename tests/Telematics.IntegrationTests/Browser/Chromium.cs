using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Telematics.IntegrationTests.Browser;

/// <summary>Debian's Chromium (which scripts/test.sh installs) against an Api factory served on Kestrel.</summary>
internal static class Chromium
{
    /// <summary>Starts the factory on Kestrel on a free port and gives the address it listens at.</summary>
    public static string Serve(WebApplicationFactory<Program> api)
    {
        api.UseKestrel(0);
        api.StartServer();
        return api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
}
