using Telematics.Silo.Hosting;

namespace Telematics.Silo;

/// <summary>The standalone silo host: the same grains as the Api's co-hosted silo, without HTTP.</summary>
public static class SiloProgram
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.UseOrleans(silo => silo.UseTelematics(builder.Configuration));
        await builder.Build().RunAsync();
    }
}
