using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telematics.Silo.Hosting;

namespace Telematics.Benchmarks;

/// <summary>One Embedded silo in this process, on free loopback ports, for the benchmarks that need grains.</summary>
public static class EmbeddedSilo
{
    public static async Task<IHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telematics:SiloPort"] = FreePort().ToString(),
            ["Telematics:GatewayPort"] = FreePort().ToString(),
        });
        builder.UseOrleans(silo => silo.UseTelematics(builder.Configuration));
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
