namespace Telematics.Telemetry;

/// <summary>A harsh manoeuvre the device detected itself and raised as an alarm with a fix.</summary>
public enum DeviceHarshEvent : byte
{
    None,
    Acceleration,
    Braking,
    Cornering,
}
