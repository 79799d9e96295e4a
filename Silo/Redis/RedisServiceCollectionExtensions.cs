using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Telematics.Live;
using Telematics.Silo.Hosting;

namespace Telematics.Silo.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>With <c>ConnectionStrings:Redis</c> set, the live feed crosses nodes through Redis; without it, it stays in process.</summary>
    public static IServiceCollection AddTelematicsLiveFeed(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
            services.AddSingleton<ILiveFeed>(sp => new RedisLiveFeed(
                sp.GetRequiredService<IConnectionMultiplexer>(), TelematicsOptions.Read(configuration).ClusterId, sp.GetRequiredService<ILogger<RedisLiveFeed>>()));
        }
        else
        {
            services.AddSingleton<ILiveFeed, LiveFeedBroadcaster>();
        }

        return services;
    }
}
