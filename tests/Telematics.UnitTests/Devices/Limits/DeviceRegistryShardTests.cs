using Telematics.Devices;

namespace Telematics.UnitTests.Devices.Limits;

public sealed class DeviceRegistryShardTests
{
    /// <summary>Pinned values (FNV-1a computed independently): a changed hash would hide every stored registration.</summary>
    [Theory]
    [InlineData("356307042441013", "94")]
    [InlineData("48241179", "217")]
    public void A_device_id_always_lands_on_the_same_shard(string deviceId, string shard)
    {
        Assert.Equal(shard, DeviceRegistryShard.Of(deviceId));
    }

    [Fact]
    public void Ids_spread_over_all_shards_and_no_further()
    {
        var shards = Enumerable.Range(0, 20_000).Select(i => DeviceRegistryShard.Of($"35630704{i:D7}")).ToHashSet();

        Assert.Equal(DeviceRegistryShard.Count, shards.Count);
    }
}
