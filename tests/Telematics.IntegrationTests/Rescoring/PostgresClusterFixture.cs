using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Telematics.IntegrationTests.Cluster;
using Telematics.IntegrationTests.Postgres;
using Telematics.Silo.Postgres;

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
        Cluster = await TestClusters.DeployAsync(3, configuration, silo => silo.AddTelematicsPostgresPersistence(Database.ConnectionString));
    }

    public async Task DisposeAsync()
    {
        await TestClusters.StopAsync(Cluster);
        await Database.DisposeAsync();
    }
}
