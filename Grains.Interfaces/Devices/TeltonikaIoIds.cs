namespace Telematics.Devices;

/// <summary>
/// The Teltonika AVL IO ids we give meaning to; they hold across the FMB/FMC/FMM families. Shared by the Api's decoder
/// and the simulator's encoder, so that both speak the same numbering.
/// </summary>
public static class TeltonikaIoIds
{
    public const ushort TotalOdometer = 16;
    public const ushort AxisX = 17;
    public const ushort AxisY = 18;
    public const ushort AxisZ = 19;
    public const ushort Ignition = 239;
    public const ushort Movement = 240;
    public const ushort Crash = 247;
    public const ushort GreenDrivingType = 253;
    public const ushort GreenDrivingValue = 254;
    public const ushort OverSpeeding = 255;
}
