using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Telematics.Drivers;
using Telematics.Risk;
using Telematics.Silo.Embedded;
using Telematics.Silo.Hosting;

namespace Telematics.IntegrationTests.Cluster;

/// <summary>
/// The model version an admin chooses is the cluster's: chosen on one silo, drivers living on the other silo are scored
/// with it too (it used to be one node's alone, so drivers elsewhere kept the old model).
/// </summary>
public sealed class ClusterModelVersionTests : IAsyncLifetime
{
    /// <summary>Sorts before the shipped version, so every silo starts on the shipped one (the newest).</summary>
    private const string OtherVersion = "20000101-0000-second-version";

    private readonly string _models = ModelCopies.WithSecondVersion(OtherVersion);
    private readonly string _shipped = Path.GetFileName(ModelCopies.ShippedDirectory);
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telematics:RiskModel:Directory"] = _models,
            ["Telematics:RiskModel:SyncInterval"] = "00:00:00.500",
        }).Build();
        var stores = new InProcessStores();
        _cluster = await TestClusters.DeployAsync(2, configuration, silo => silo.AddTelematicsInMemoryPersistence(stores));
    }

    public async Task DisposeAsync()
    {
        await TestClusters.StopAsync(_cluster);
        Directory.Delete(_models, recursive: true);
    }

    [Fact]
    public async Task A_version_chosen_on_one_silo_scores_drivers_on_every_silo()
    {
        // Placement follows the silos' load (Orleans' resource-optimized placement), so any fixed number of drivers can
        // land on one silo (16 did once): drivers are registered until both silos hold some.
        var drivers = new List<IDriverGrain>();
        HashSet<string> hosts = [];
        for (var i = 1; hosts.Count < 2 && i <= 200; i++)
        {
            var driver = _cluster.Client.GetGrain<IDriverGrain>($"DRV-MODEL-{i:D3}");
            await driver.RegisterAsync(TestData.Registration($"Driver {i}"));
            Assert.Equal(_shipped, (await driver.RecalculateAsync()).ModelVersion);
            drivers.Add(driver);
            hosts = i >= 16 ? await DriverHostsAsync() : hosts;
        }

        Assert.True(hosts.Count == 2, $"The drivers should live on both silos; {drivers.Count} live on {hosts.Count}.");

        // What PUT /api/v1/admin/models/current does on the node that receives it.
        var first = _cluster.Silos[0].ServiceProvider;
        await first.GetRequiredService<IGrainFactory>().GetGrain<ICurrentModelGrain>(ICurrentModelGrain.Key).SetAsync(OtherVersion);
        first.GetRequiredService<ModelRegistry>().SetCurrent(OtherVersion);

        var registries = _cluster.Silos.Select(s => s.ServiceProvider.GetRequiredService<ModelRegistry>()).ToList();
        await Poll.UntilAsync(
            () => Task.FromResult(string.Join(", ", registries.Select(r => r.Current.Version))),
            versions => registries.All(r => r.Current.Version == OtherVersion),
            seconds: 10);

        foreach (var driver in drivers)
        {
            Assert.Equal(OtherVersion, (await driver.RecalculateAsync()).ModelVersion);
        }

        Assert.Equal(hosts, await DriverHostsAsync());
    }

    private async Task<HashSet<string>> DriverHostsAsync()
    {
        var statistics = await _cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return [.. statistics.Where(s => s.GrainId.Key.ToString()!.StartsWith("DRV-MODEL-", StringComparison.Ordinal)).Select(s => s.SiloAddress.ToString())];
    }
}
