using Telematics.Devices;
using Telematics.Telemetry;

namespace Telematics.Api.Devices.OsmAnd;

/// <summary>
/// Turns an OsmAnd position into our event; a request without a timestamp is dated when it arrived. The protocol has no
/// acceleration, so every event says <see cref="DeviceAttributes.Accelerometer"/> "false" and trip features derive it.
/// </summary>
public static class OsmAndEventMapper
{
    /// <summary>
    /// Null for a position without coordinates. Traccar fills those from the device's last known location and flags
    /// them outdated; we store no position we were not sent, as a copied one would distort distance and speed.
    /// </summary>
    public static TelematicsEvent? ToEvent(OsmAndPosition position, DateTimeOffset receivedAt) =>
        position is { Latitude: { } latitude, Longitude: { } longitude }
            ? new TelematicsEvent(position.Timestamp ?? receivedAt, latitude, longitude, position.SpeedMps ?? 0, position.HeadingDeg ?? 0, 0, 0,
                position.AccuracyM, position.Ignition, Attributes: WithoutAccelerometer(position.Attributes))
            : null;

    private static Dictionary<string, string> WithoutAccelerometer(IReadOnlyDictionary<string, string> attributes) =>
        new(attributes) { [DeviceAttributes.Accelerometer] = "false" };
}
