using Telematics.Api.Devices.Keys;
using Telematics.Devices;

namespace Telematics.Api.Devices.OsmAnd;

/// <summary>
/// The optional secret of an OsmAnd device: its key, sent as the <c>key</c> parameter of the query form or of the
/// URL the JSON form is posted to. An OsmAnd id alone is a weak credential (docs/devices.md), so a device registered
/// with <see cref="DeviceRegistration.KeyRequired"/> is refused without its key, and a key sent is checked whether
/// required or not: a wrong one is never ignored.
/// </summary>
public static class OsmAndKey
{
    public const string Parameter = "key";

    public static bool Accepts(DeviceRegistration registration, string? key) =>
        key is null ? !registration.KeyRequired : DeviceKey.Matches(registration.Key, key);
}
