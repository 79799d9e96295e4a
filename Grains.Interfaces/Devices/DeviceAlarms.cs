namespace Telematics.Devices;

/// <summary>Alarm names for <see cref="DeviceAttributes.Alarm"/>, the same words Traccar uses so operators recognise them.</summary>
public static class DeviceAlarms
{
    public const string HardAcceleration = "hardAcceleration";
    public const string HardBraking = "hardBraking";
    public const string HardCornering = "hardCornering";
    public const string Overspeed = "overspeed";
    public const string Accident = "accident";
}
