using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telematics.Drivers;

namespace Telematics.IntegrationTests.Hosting;

/// <summary>The standalone silo host, started as its own process, serves the grains to an outside client.</summary>
public sealed class StandaloneSiloTests
{
    [Fact]
    public async Task The_standalone_silo_process_serves_the_driver_grain()
    {
        var siloPort = FreePort();
        var gatewayPort = FreePort();
        using var silo = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Telematics.Silo.dll"), $"--Telematics:SiloPort={siloPort}", $"--Telematics:GatewayPort={gatewayPort}" },
            RedirectStandardError = true,
        })!;
        try
        {
            using var client = new HostBuilder().UseOrleansClient(c => c.UseLocalhostClustering(gatewayPort)).Build();
            await ConnectWithRetriesAsync(client, silo, gatewayPort);
            var driver = client.Services.GetRequiredService<IClusterClient>().GetGrain<IDriverGrain>("DRV-STANDALONE");

            await driver.RegisterAsync(TestData.Registration("Standalone"));

            Assert.Equal("Standalone", (await driver.GetProfileAsync())!.Name);
            Assert.NotNull(await driver.GetPremiumAsync());
            await client.StopAsync();
        }
        finally
        {
            silo.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Connects once the silo's gateway port accepts connections, or reports why the silo never got there.</summary>
    private static async Task ConnectWithRetriesAsync(IHost client, Process silo, int gatewayPort)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!silo.HasExited && DateTime.UtcNow < deadline)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, gatewayPort);
                await client.StartAsync();
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(250);
            }
        }

        var output = silo.HasExited ? await silo.StandardError.ReadToEndAsync() : "(no gateway within 60 s)";
        throw new InvalidOperationException($"Could not reach the standalone silo: {output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
