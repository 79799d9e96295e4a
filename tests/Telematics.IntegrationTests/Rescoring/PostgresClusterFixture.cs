using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Telematics.IntegrationTests.Postgres;
using Telematics.Silo.Hosting;
using Telematics.Silo.Postgres;
using Telematics.Streams;

namespace Telematics.IntegrationTests.Rescoring;

/// <summary>Three in-process silos whose grain state, reminders and read model live in a real PostgreSQL database.</summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var configuration = new ConfigurationBuilder().Build();
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 3);
        builder.ConfigureSilo((_, silo) => silo.AddTelematicsPostgresPersistence(Database.ConnectionString).AddTelematicsGrains(configuration));
        builder.ConfigureClient(client => client.AddMemoryStreams(StreamNamespaces.Provider));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }
}
