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
        using var silo = await SiloProcess.StartAsync();
        using var client = new HostBuilder().UseOrleansClient(c => c.UseLocalhostClustering(silo.GatewayPort)).Build();
        await client.StartAsync();
        var driver = client.Services.GetRequiredService<IClusterClient>().GetGrain<IDriverGrain>("DRV-STANDALONE");

        await driver.RegisterAsync(TestData.Registration("Standalone"));

        Assert.Equal("Standalone", (await driver.GetProfileAsync())!.Name);
        Assert.NotNull(await driver.GetPremiumAsync());
        await client.StopAsync();
    }

    /// <summary>
    /// Started from another directory (the repository root, as the README runs it), the silo still reads its own
    /// settings, which log Orleans at Warning; without them every category logs at Information, Orleans' start-up included.
    /// </summary>
    [Fact]
    public async Task The_standalone_silo_reads_its_own_settings_whatever_its_working_directory()
    {
        var elsewhere = Directory.CreateTempSubdirectory("telematics-silo-cwd-");
        try
        {
            using var silo = await SiloProcess.StartInAsync(elsewhere.FullName);
            await silo.StopAsync();

            Assert.DoesNotContain(silo.Output, line => line.StartsWith("info: Orleans", StringComparison.Ordinal));
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }
}
