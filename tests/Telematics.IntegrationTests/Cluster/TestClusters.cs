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
        builder.ConfigureClient(client => client.AddMemoryStreams(StreamNamespaces.Provider));
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
