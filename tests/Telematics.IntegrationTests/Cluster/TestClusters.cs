using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Telematics.Silo.Hosting;
using Telematics.Streams;

namespace Telematics.IntegrationTests.Cluster;

/// <summary>Real silos in process with the production grains and streams, on the storage a fixture brings, and a client that can subscribe to streams.</summary>
internal static class TestClusters
{
    public static async Task<InProcessTestCluster> DeployAsync(short silos, IConfiguration configuration, Func<ISiloBuilder, ISiloBuilder> addPersistence)
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: silos);
        builder.ConfigureSilo((_, silo) => addPersistence(silo).AddTelematicsGrains(configuration));
        // The durable provider too, so that a test can deliver a trip to a driver as a trip grain does.
        builder.ConfigureClient(client => client.AddMemoryStreams(StreamNamespaces.Provider).AddMemoryStreams(StreamNamespaces.DurableProvider));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static async Task StopAsync(InProcessTestCluster cluster)
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }
}
