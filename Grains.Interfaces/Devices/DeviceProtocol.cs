namespace Telematics.Devices;

/// <summary>The wire protocol a registered device speaks; a device is accepted only on its own protocol's listener.</summary>
[GenerateSerializer, Alias("telematics.DeviceProtocol")]
public enum DeviceProtocol
{
    Teltonika,
    OsmAnd,

    /// <summary>The JSON batch API (<c>POST /api/v1/telemetry/events</c>), signed in with the device's key.</summary>
    Batch,
}
