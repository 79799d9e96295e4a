namespace Telematics.Devices;

/// <summary>The last time a listener heard a device.</summary>
public readonly record struct DeviceContact(string DeviceId, DateTimeOffset At);
