using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Telematics.Silo.Embedded;
using Telematics.Silo.Hosting;

namespace Telematics.IntegrationTests.Cluster;

/// <summary>Two real silos in process, with the production grain and stream configuration on in-process storage.</summary>
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
        // One set of stores for both silos, as one database would be: a grain may activate on either.
        var stores = new InProcessStores();
        Cluster = await TestClusters.DeployAsync(2, configuration, silo => silo.AddTelematicsInMemoryPersistence(stores));
    }

    public Task DisposeAsync() => TestClusters.StopAsync(Cluster);
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
