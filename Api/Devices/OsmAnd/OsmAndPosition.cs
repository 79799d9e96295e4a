namespace Telematics.Api.Devices.OsmAnd;

/// <summary>
/// One OsmAnd request, normalised to SI units whichever form it came in; fields the device did not send are null.
/// </summary>
public sealed record OsmAndPosition(
    string? DeviceId,
    DateTimeOffset? Timestamp,
    double? Latitude,
    double? Longitude,
    double? SpeedMps,
    double? HeadingDeg,
    double? AccuracyM,
    bool? Ignition,
    IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>The device's key, when the request carries one (<c>key=</c>); never stored with the position.</summary>
    public string? Key { get; init; }
}
