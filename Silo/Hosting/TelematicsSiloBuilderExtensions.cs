using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telematics.Drivers;
using Telematics.Pricing;
using Telematics.Risk;
using Telematics.Streams;
using Telematics.Trips;

namespace Telematics.Silo.Hosting;

/// <summary>The one place that decides a silo's storage, streams and clustering from <c>Telematics:Mode</c>.</summary>
public static class TelematicsSiloBuilderExtensions
{
    public static ISiloBuilder UseTelematics(this ISiloBuilder silo, IConfiguration configuration)
    {
        switch (TelematicsOptions.ReadMode(configuration))
        {
            case TelematicsMode.Embedded:
                silo.UseLocalhostClustering();
                silo.AddTelematicsMemoryStorage();
                break;
            default:
                throw new InvalidOperationException(
                    $"Telematics:Mode '{TelematicsOptions.ReadMode(configuration)}' is not supported by this build; use '{TelematicsMode.Embedded}'.");
        }

        silo.AddMemoryStreams(StreamNamespaces.Provider);
        silo.Services.AddTelematicsDomain(configuration);
        return silo;
    }

    /// <summary>In-memory grain and pub-sub storage: state lives as long as the silo.</summary>
    public static ISiloBuilder AddTelematicsMemoryStorage(this ISiloBuilder silo) => silo
        .AddMemoryGrainStorage(StorageNames.Telematics)
        .AddMemoryGrainStorage(StorageNames.PubSub);

    public static IServiceCollection AddTelematicsDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RiskModelOptions>().Bind(configuration.GetSection(RiskModelOptions.Section));
        services.TryAddSingleton(sp => new ModelRegistry(sp.GetRequiredService<IOptions<RiskModelOptions>>().Value));
        services.TryAddSingleton<IRiskModel, CurrentRiskModel>();
        services.AddOptions<TripOptions>().Bind(configuration.GetSection(TripOptions.Section));
        services.AddOptions<DriverOptions>().Bind(configuration.GetSection(DriverOptions.Section));
        services.AddOptions<PricingOptions>().Bind(configuration.GetSection(PricingOptions.Section));
        return services;
    }
}
