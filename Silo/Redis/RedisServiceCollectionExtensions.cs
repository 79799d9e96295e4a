using StackExchange.Redis;
using Telematics.Live;

namespace Telematics.Silo.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>With <c>ConnectionStrings:Redis</c> set, the live feed crosses nodes through Redis; without it, it stays in process.</summary>
    public static IServiceCollection AddTelematicsLiveFeed(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
            services.AddSingleton<ILiveFeed, RedisLiveFeed>();
        }
        else
        {
            services.AddSingleton<ILiveFeed, LiveFeedBroadcaster>();
        }

        return services;
    }
}
