using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Telematics.Silo.Hosting;
using Telematics.Streams;

namespace Telematics.IntegrationTests.Cluster;

/// <summary>Two real silos in process, with the production grain and stream configuration on memory storage.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(3);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telematics:Trips:IdleTimeout"] = IdleTimeout.ToString() })
            .Build();
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureSilo((_, silo) => silo.AddTelematicsInMemoryPersistence().AddTelematicsGrains(configuration));
        builder.ConfigureClient(client => client.AddMemoryStreams(StreamNamespaces.Provider));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
