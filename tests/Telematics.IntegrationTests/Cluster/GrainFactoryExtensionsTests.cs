using Microsoft.Extensions.DependencyInjection;
using Telematics.Accounts;
using Telematics.Drivers;
using Telematics.Trips;
using Telematics.Vehicles;

namespace Telematics.IntegrationTests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class GrainFactoryExtensionsTests(ClusterFixture fixture)
{
    [Fact]
    public void A_reference_by_key_is_the_reference_Orleans_makes()
    {
        var silo = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainFactory>();
        foreach (var grains in new IGrainFactory[] { silo, fixture.Client })
        {
            AssertSameReference(grains.GetGrain<IDriverGrain>("DRV-REF-1"), grains.GetGrainByKey<IDriverGrain>("DRV-REF-1"));
            AssertSameReference(grains.GetGrain<IVehicleGrain>("VEH-REF-1"), grains.GetGrainByKey<IVehicleGrain>("VEH-REF-1"));
            AssertSameReference(grains.GetGrain<ITripGrain>("VEH-REF-1-T000001"), grains.GetGrainByKey<ITripGrain>("VEH-REF-1-T000001"));
            AssertSameReference(grains.GetGrain<IAccountGrain>("someone"), grains.GetGrainByKey<IAccountGrain>("someone"));
        }
    }

    [Fact]
    public async Task A_reference_by_key_reaches_the_grain_a_reference_from_Orleans_reaches()
    {
        await fixture.Client.GetGrain<IDriverGrain>("DRV-REF-2").RegisterAsync(TestData.Registration("By Key"));

        var profile = await fixture.Client.GetGrainByKey<IDriverGrain>("DRV-REF-2").GetProfileAsync();

        Assert.Equal("By Key", profile?.Name);
    }

    private static void AssertSameReference<TGrain>(TGrain expected, TGrain actual)
    {
        var (orleans, byKey) = ((GrainReference)(object)expected!, (GrainReference)(object)actual!);
        Assert.Equal((orleans.GrainId, orleans.InterfaceType, orleans.GetType()), (byKey.GrainId, byKey.InterfaceType, byKey.GetType()));
    }
}
