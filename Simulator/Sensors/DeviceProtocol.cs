namespace Telematics.Simulator.Sensors;

/// <summary>How a device's fixes reach the platform.</summary>
public enum DeviceProtocol
{
    /// <summary>The HTTP batch API's JSON (<c>POST /api/v1/telemetry/events</c>).</summary>
    Batch,

    /// <summary>OsmAnd positions over HTTP, one per request.</summary>
    OsmAnd,

    /// <summary>Teltonika Codec 8 packets over TCP.</summary>
    Teltonika,
}
