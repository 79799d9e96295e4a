using System.Data.Common;
using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.Streams;
using Telematics.Archive;
using Telematics.Accounts;
using Telematics.Audit;
using Telematics.Insurance;
using Telematics.Devices;
using Telematics.Portfolio;
using Telematics.Silo.Hosting;
using Telematics.Silo.Storage;
using Telematics.Streams;
using Telematics.Trips;

namespace Telematics.Silo.Postgres;

public static class PostgresSiloBuilderExtensions
{
    /// <summary>The ADO.NET invariant name under which Orleans finds Npgsql.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>Clustering, grain storage and reminders on PostgreSQL, the schema migrated at start, events archived with COPY.</summary>
    public static ISiloBuilder UseTelematicsPostgres(this ISiloBuilder silo, IConfiguration configuration, TelematicsOptions options)
    {
        var connectionString = RequireConnectionString(configuration);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        // Failure detection and call time-outs can be tuned (Telematics:Membership:ProbeTimeout, Telematics:Messaging:ResponseTimeout, …);
        // unset, they are Orleans' defaults.
        silo.Configure<ClusterMembershipOptions>(configuration.GetSection("Telematics:Membership"));
        silo.Configure<SiloMessagingOptions>(configuration.GetSection("Telematics:Messaging"));
        var advertised = options.ResolveAdvertisedAddress();
        silo.ConfigureEndpoints(advertised, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
        if (options.KubernetesHosting)
        {
            silo.UseKubernetesHosting();
        }

        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        return silo.AddTelematicsPostgresPersistence(connectionString);
    }

    /// <summary>
    /// Grain storage, reminders, event archive and read model on PostgreSQL, the schema migrated at silo start;
    /// everything Postgres mode has but clustering, so a test cluster can bring its own.
    /// </summary>
    public static ISiloBuilder AddTelematicsPostgresPersistence(this ISiloBuilder silo, string connectionString)
    {
        foreach (var storage in new[] { StorageNames.Telematics, StorageNames.PubSub })
        {
            silo.AddAdoNetGrainStorage(storage, o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
                // A cleared state leaves no row (Orleans' default keeps one with a null payload): a completed trip clears its own.
                o.DeleteStateOnClear = true;
            });
            silo.Services.AddOptions<AdoNetGrainStorageOptions>(storage).Configure<Serializer, OrleansJsonSerializer>(
                (o, binary, json) => o.GrainStorageSerializer = BinaryGrainState(binary, json));
        }

        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });

        silo.AddAdoNetStreams(StreamNamespaces.DurableProvider, streams =>
        {
            streams.ConfigureAdoNet(options => options.Configure(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            }));
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
        });

        silo.Services.AddTelematicsPostgres(connectionString);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SchemaMigrationParticipant>();
        return silo;
    }

    /// <summary>The data source, migrator, archive and partition upkeep; shared by silos and the operations commands.</summary>
    public static IServiceCollection AddTelematicsPostgres(this IServiceCollection services, string connectionString)
    {
        if (services.Any(s => s.ServiceType == typeof(NpgsqlDataSource)))
        {
            return services;
        }

        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<IValidateOptions<EventArchiveOptions>, EventArchiveOptionsValidator>();
        services.AddOptions<EventArchiveOptions>().BindConfiguration(EventArchiveOptions.Section).ValidateOnStart();
        services.AddSingleton<ArchiveMetrics>();
        services.AddSingleton<IEventArchive, PostgresEventArchive>();
        services.AddSingleton<IDriverReadModel, PostgresDriverReadModel>();
        services.AddSingleton<IDeviceReadModel, PostgresDeviceReadModel>();
        services.AddSingleton<ITripStore, PostgresTripStore>();
        services.AddSingleton<IAuditLog, PostgresAuditLog>();
        services.AddSingleton<IAccountDirectory, PostgresAccountDirectory>();
        services.AddSingleton<IPolicyStore, PostgresPolicyStore>();
        services.AddHostedService<PartitionMaintenanceService>();
        return services;
    }

    /// <summary>
    /// Grain state in Orleans' own binary format, as its messages travel, instead of the providers' default
    /// Newtonsoft JSON: a driver's state (its trips in the window) is stored after every trip. State stored as JSON by
    /// an earlier version is still read.
    /// </summary>
    private static GrainStorageSerializer BinaryGrainState(Serializer binary, OrleansJsonSerializer json) =>
        new(new PooledGrainStorageSerializer(binary), new JsonGrainStorageSerializer(json));

    /// <summary>What the connection string gets unless it sets the option itself (by any of its names).</summary>
    /// <remarks>
    /// - No reset when the pool reuses a connection: Npgsql would send DISCARD ALL each time, and Orleans' providers take
    ///   a connection per operation, so half of all statements were DISCARD ALL (26,565 of 52,139 in 25 s at 50,000
    ///   events/s). Nothing here leaves session state on a connection.
    /// - Statements used again and again (grain state, reminders, read model) are prepared once per connection: each
    ///   was parsed and planned every time.
    /// - At most 30 connections per pool (Npgsql's default is 100; a silo has two pools): with a hundred backends,
    ///   PostgreSQL on 2 cores spent its time switching between them. With both, its CPU per 25 s at 100,000 events/s
    ///   went from 23–40 s to 18 s.
    /// </remarks>
    private static readonly (string[] Names, Action<NpgsqlConnectionStringBuilder> Apply)[] ConnectionDefaults =
    [
        (["No Reset On Close", "NoResetOnClose"], b => b.NoResetOnClose = true),
        (["Max Auto Prepare", "MaxAutoPrepare"], b => b.MaxAutoPrepare = 32),
        (["Maximum Pool Size", "MaxPoolSize"], b => b.MaxPoolSize = 30),
    ];

    public static string RequireConnectionString(IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Postgres") is not { Length: > 0 } configured)
        {
            throw new InvalidOperationException("Telematics:Mode is Postgres but ConnectionStrings:Postgres is not set (e.g. ConnectionStrings__Postgres=\"Host=…;Username=…;Password=…;Database=…\").");
        }

        // The generic builder holds only the keys the string sets (Npgsql's knows every keyword).
        var given = new DbConnectionStringBuilder { ConnectionString = configured };
        var builder = new NpgsqlConnectionStringBuilder(configured);
        foreach (var (_, apply) in ConnectionDefaults.Where(d => !d.Names.Any(given.ContainsKey)))
        {
            apply(builder);
        }

        return builder.ConnectionString;
    }
}
