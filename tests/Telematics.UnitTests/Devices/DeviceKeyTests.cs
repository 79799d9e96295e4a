using Telematics.Api.Devices.Keys;
using Telematics.Api.Devices.OsmAnd;
using Telematics.Devices;

namespace Telematics.UnitTests.Devices;

public sealed class DeviceKeyTests
{
    [Fact]
    public void A_new_key_matches_its_hash_only_and_the_hash_is_not_the_key()
    {
        var (key, hash) = DeviceKey.New();
        var (other, otherHash) = DeviceKey.New();

        Assert.Equal(DeviceKey.Length, key.Length);
        Assert.True(DeviceKey.Matches(hash, key));
        Assert.False(DeviceKey.Matches(hash, other));
        Assert.False(DeviceKey.Matches(otherHash, key));
        Assert.False(DeviceKey.Matches(null, key));
        Assert.False(DeviceKey.Matches(hash, null));
        Assert.DoesNotContain(key, hash.Sha256);
        Assert.NotEqual(hash.Id, otherHash.Id);
    }

    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "right", true)]
    [InlineData(false, "wrong", false)]
    [InlineData(true, null, false)]
    [InlineData(true, "right", true)]
    [InlineData(true, "wrong", false)]
    public void An_osmand_key_is_checked_when_sent_and_needed_when_required(bool required, string? sent, bool accepted)
    {
        var (key, hash) = DeviceKey.New();
        var registration = new DeviceRegistration("VEH-1", DeviceProtocol.OsmAnd, hash, required);

        Assert.Equal(accepted, OsmAndKey.Accepts(registration, sent switch { "right" => key, "wrong" => DeviceKey.New().Key, _ => null }));
    }

    [Fact]
    public void A_revoked_key_accepts_no_key_sent_only_while_none_is_required()
    {
        var (key, _) = DeviceKey.New();

        Assert.True(OsmAndKey.Accepts(new DeviceRegistration("VEH-1", DeviceProtocol.OsmAnd), null));
        Assert.False(OsmAndKey.Accepts(new DeviceRegistration("VEH-1", DeviceProtocol.OsmAnd), key));
        Assert.False(OsmAndKey.Accepts(new DeviceRegistration("VEH-1", DeviceProtocol.OsmAnd, KeyRequired: true), null));
    }
}
