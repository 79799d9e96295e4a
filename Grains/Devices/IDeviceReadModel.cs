namespace Telematics.Devices;

/// <summary>
/// The devices read model, written at registration and by the listeners' contacts: answers what the registry's shards
/// cannot (devices in id order across all shards, a driver's or a vehicle's devices, when each was last heard).
/// </summary>
public interface IDeviceReadModel
{
    /// <summary>Stores the device's registration; registering again moves it and keeps when it was last seen.</summary>
    Task UpsertAsync(DeviceSummary device, CancellationToken cancellationToken = default);

    /// <summary>Moves each device's last contact forward (never back), in one write for them all.</summary>
    Task RecordContactsAsync(IReadOnlyCollection<DeviceContact> contacts, CancellationToken cancellationToken = default);

    Task<DevicePage> QueryAsync(DeviceQuery query, CancellationToken cancellationToken = default);
}
