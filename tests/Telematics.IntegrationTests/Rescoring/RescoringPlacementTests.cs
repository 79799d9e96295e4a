using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Telematics.IntegrationTests.Cluster;
using Telematics.Rescoring;

namespace Telematics.IntegrationTests.Rescoring;

/// <summary>
/// Rescoring jobs are placed at random: with the default placement 164 of 165 jobs ran on the silo of the API node that
/// received the request. In-process test silos share one process's load figures, and there the default spread them too,
/// so the test reads the placement the cluster resolved for the job grain as well as where jobs ran.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RescoringPlacementTests(ClusterFixture fixture)
{
    /// <summary>With two silos, the chance that random placement puts all of them on one is 2 in a million.</summary>
    private const int Jobs = 20;

    [Fact]
    public async Task Jobs_started_through_one_silo_are_placed_at_random_and_coordinated_by_every_silo()
    {
        var silo = fixture.Cluster.Silos[0].ServiceProvider;
        var grains = silo.GetRequiredService<IGrainFactory>();
        var jobs = Enumerable.Range(1, Jobs).Select(_ => grains.GetGrain<IRescoringJobGrain>(Guid.NewGuid().ToString("N"))).ToList();
        var started = await Task.WhenAll(jobs.Select(job => job.StartAsync(new RescoringRequest([], ModelVersion: null))));

        var properties = silo.GetRequiredService<GrainPropertiesResolver>().GetGrainProperties(jobs[0].GetGrainId().Type);
        Assert.Equal("RandomPlacement", properties.Properties.GetValueOrDefault(WellKnownGrainTypeProperties.PlacementStrategy, "the default"));
        var coordinators = started.Select(p => p.Coordinator).Distinct().Order().ToList();
        Assert.Equal(fixture.Cluster.Silos.Select(s => s.SiloAddress.ToString()).Order().ToList(), coordinators);
    }
}
