using Microsoft.Extensions.DependencyInjection.Extensions;
using Telematics.Archive;
using Telematics.Accounts;
using Telematics.Audit;
using Telematics.Insurance;
using Telematics.Devices;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.Streams;
using Telematics.Drivers;
using Telematics.Portfolio;
using Orleans.Dashboard;
using Orleans.Runtime.Hosting;
using Telematics.Silo.Embedded;
using Telematics.Silo.Observability;
using Telematics.Silo.Postgres;
using Telematics.Silo.Redis;
using Telematics.Pricing;
using Telematics.Risk;
using Telematics.Silo.Storage;
using Telematics.Storage;
using Telematics.Streams;
using Telematics.Trips;

namespace Telematics.Silo.Hosting;

/// <summary>The one place that decides a silo's storage, streams and clustering from <c>Telematics:Mode</c>.</summary>
public static class TelematicsSiloBuilderExtensions
{
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
        // The streams outside consumers subscribe to explicitly (one a rescoring job): so Orleans' default pub/sub.
        silo.AddMemoryStreams(StreamNamespaces.Provider);
        silo.Services.AddTelematicsDomain(configuration);
        var observability = ObservabilityOptions.Read(configuration);
        if (observability.OrleansDashboard)
        {
            // On every silo: the dashboard on the API node asks each silo for its grain statistics.
            silo.AddDashboard();
        }

        if (observability.TracingEnabled)
        {
            // Carries the caller's trace into each grain call, so a batch's trace runs from its HTTP request to the archive.
            silo.AddActivityPropagation();
        }

        return silo;
    }

    /// <summary>
    /// In-memory grain and pub-sub storage (<see cref="InProcessGrainStorage"/>), the trip store, reminders and the
    /// provider of <see cref="StreamNamespaces.DurableProvider"/>: state lives as long as the process. Silos of one
    /// process share state by being given the same <paramref name="stores"/>.
    /// </summary>
    /// <remarks>
    /// The state is kept in Orleans' binary format rather than the default JSON: JSON serialization cost more than
    /// the rest of a driver's rescoring (bench/results/rescoring.md).
    /// </remarks>
    public static ISiloBuilder AddTelematicsInMemoryPersistence(this ISiloBuilder silo, InProcessStores? stores = null)
    {
        var shared = stores ?? new InProcessStores();
        silo.Services.TryAddSingleton(shared.States);
        silo.Services.TryAddSingleton<ITripStore>(shared.Trips);
        foreach (var name in new[] { StorageNames.Telematics, StorageNames.PubSub })
        {
            silo.Services.AddGrainStorage(name, (services, provider) =>
                new InProcessGrainStorage(provider, shared.States, services.GetRequiredService<Serializer>()));
        }

        silo.AddMemoryStreams(StreamNamespaces.DurableProvider, streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));
        return silo.UseInMemoryReminderService();
    }

    public static IServiceCollection AddTelematicsDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITransientFailureClassifier, TransientFailures>();
        services.TryAddSingleton<IEventArchive, TransientEventArchive>();
        services.TryAddSingleton<IDriverReadModel, InMemoryDriverReadModel>();
        services.TryAddSingleton<IDeviceReadModel, InMemoryDeviceReadModel>();
        services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        services.TryAddSingleton<Telematics.Rescoring.RescoringMetrics>();
        services.TryAddSingleton<DriverUpdatePublisher>();
        services.TryAddSingleton<IAccountDirectory, InMemoryAccountDirectory>();
        services.TryAddSingleton<IPolicyStore, InMemoryPolicyStore>();
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
