namespace Telematics.Devices;

/// <summary>
/// A page of devices in device id order (ordinal, as PostgreSQL's "C" collation), after <see cref="After"/> (the previous
/// page's <see cref="DevicePage.Next"/>), matching every filter given.
/// </summary>
public sealed record DeviceQuery(string? DriverId = null, string? VehicleId = null, DeviceProtocol? Protocol = null, string? After = null, int Limit = 50)
{
    public bool Matches(DeviceSummary device) =>
        (DriverId is null || device.DriverId == DriverId)
        && (VehicleId is null || device.VehicleId == VehicleId)
        && (Protocol is null || device.Protocol == Protocol)
        && (After is null || string.CompareOrdinal(device.DeviceId, After) > 0);
}
