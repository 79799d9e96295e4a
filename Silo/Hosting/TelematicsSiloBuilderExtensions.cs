using Microsoft.Extensions.DependencyInjection.Extensions;
using Telematics.Archive;
using Telematics.Accounts;
using Telematics.Audit;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;
using Telematics.Drivers;
using Telematics.Portfolio;
using Orleans.Runtime.Hosting;
using Telematics.Silo.Embedded;
using Telematics.Silo.Postgres;
using Telematics.Silo.Redis;
using Telematics.Pricing;
using Telematics.Risk;
using Telematics.Storage;
using Telematics.Streams;
using Telematics.Trips;

namespace Telematics.Silo.Hosting;

/// <summary>The one place that decides a silo's storage, streams and clustering from <c>Telematics:Mode</c>.</summary>
public static class TelematicsSiloBuilderExtensions
{
    private const int MemoryStreamQueues = 32;

    public static ISiloBuilder UseTelematics(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = TelematicsOptions.Read(configuration);
        switch (options.Mode)
        {
            case TelematicsMode.Embedded:
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
                silo.AddTelematicsInMemoryPersistence();
                break;
            case TelematicsMode.Postgres:
                silo.UseTelematicsPostgres(configuration, options);
                break;
            default:
                throw new InvalidOperationException($"Telematics:Mode '{options.Mode}' is unknown; use Embedded or Postgres.");
        }

        return silo.AddTelematicsGrains(configuration);
    }

    /// <summary>What every silo needs whatever its storage: the stream provider and the domain services the grains use.</summary>
    public static ISiloBuilder AddTelematicsGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        // Each memory-stream queue holds at most 16,384 undelivered events; more queues spread a burst (a portfolio
        // rescoring publishes three events per driver) so that publishers are not refused.
        silo.AddMemoryStreams(StreamNamespaces.Provider, streams => streams.ConfigurePartitioning(MemoryStreamQueues));
        silo.Services.AddTelematicsDomain(configuration);
        return silo;
    }

    /// <summary>
    /// In-memory grain and pub-sub storage (<see cref="InProcessGrainStorage"/>), reminders and the provider of
    /// <see cref="StreamNamespaces.DurableProvider"/>: state lives as long as the process. Silos of one process share
    /// state by being given the same <paramref name="store"/>.
    /// </summary>
    /// <remarks>
    /// The state is kept in Orleans' binary format rather than the default JSON: JSON serialization cost more than
    /// the rest of a driver's rescoring (bench/results/rescoring.md).
    /// </remarks>
    public static ISiloBuilder AddTelematicsInMemoryPersistence(this ISiloBuilder silo, InProcessStateStore? store = null)
    {
        var states = store ?? new InProcessStateStore();
        foreach (var name in new[] { StorageNames.Telematics, StorageNames.PubSub })
        {
            silo.Services.AddGrainStorage(name, (services, provider) =>
                new InProcessGrainStorage(provider, states, new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>())));
        }

        silo.AddMemoryStreams(StreamNamespaces.DurableProvider);
        return silo.UseInMemoryReminderService();
    }

    public static IServiceCollection AddTelematicsDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITransientFailureClassifier, TransientFailures>();
        services.TryAddSingleton<IEventArchive, TransientEventArchive>();
        services.TryAddSingleton<IDriverReadModel, InMemoryDriverReadModel>();
        services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        services.TryAddSingleton<IAccountDirectory, InMemoryAccountDirectory>();
        services.AddTelematicsLiveFeed(configuration);
        services.AddOptions<RiskModelOptions>().Bind(configuration.GetSection(RiskModelOptions.Section));
        services.TryAddSingleton(sp => new ModelRegistry(sp.GetRequiredService<IOptions<RiskModelOptions>>().Value));
        services.TryAddSingleton<ModelVersionSync>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<ModelVersionSync>());
        services.AddOptions<TripOptions>().Bind(configuration.GetSection(TripOptions.Section));
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<TripOptions>, TripOptionsValidator>().AddOptions<TripOptions>().ValidateOnStart();
        services.AddOptions<DriverOptions>().Bind(configuration.GetSection(DriverOptions.Section));
        services.AddOptions<PricingOptions>().Bind(configuration.GetSection(PricingOptions.Section));
        return services;
    }
}
