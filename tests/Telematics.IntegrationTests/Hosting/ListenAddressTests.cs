namespace Telematics.IntegrationTests.Hosting;

/// <summary>The standard ways to give the built Api its address work (issue 22, item 10), and the local-dev key stays on loopback.</summary>
public sealed class ListenAddressTests
{
    [Fact]
    public async Task ASPNETCORE_URLS_sets_the_address()
    {
        var address = new Uri($"http://127.0.0.1:{SiloProcess.FreePort()}/");

        using var api = await ApiProcess.StartAsync(address, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = address.ToString() });

        using var http = new HttpClient { BaseAddress = api.Address };
        Assert.Equal("Healthy", await http.GetStringAsync("/health"));
    }

    [Fact]
    public async Task ASPNETCORE_HTTP_PORTS_sets_the_port_on_every_interface_once_the_signing_key_is_not_the_published_one()
    {
        var port = SiloProcess.FreePort();

        using var api = await ApiProcess.StartAsync(new Uri($"http://127.0.0.1:{port}/"), new Dictionary<string, string>
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(),
            ["Auth__SigningKey"] = "a-signing-key-for-this-test-only-0123456789",
        });

        using var http = new HttpClient { BaseAddress = api.Address };
        Assert.Equal("Healthy", await http.GetStringAsync("/health"));
    }

    [Fact]
    public async Task The_published_local_dev_key_refuses_to_listen_on_every_interface()
    {
        var (exitCode, output) = await ApiProcess.RunToExitAsync(new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = SiloProcess.FreePort().ToString() });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Auth:SigningKey is the published local-dev key", output);
    }
}
