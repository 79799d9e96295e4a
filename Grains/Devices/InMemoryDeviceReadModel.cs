namespace Telematics.Devices;

/// <summary>Embedded mode's devices read model: the rows in memory, in device id order.</summary>
public sealed class InMemoryDeviceReadModel : IDeviceReadModel
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, DeviceSummary> _devices = new(StringComparer.Ordinal);

    public Task UpsertAsync(DeviceSummary device, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _devices[device.DeviceId] = device with { LastSeenAt = _devices.GetValueOrDefault(device.DeviceId)?.LastSeenAt ?? device.LastSeenAt };
        }

        return Task.CompletedTask;
    }

    public Task RecordContactsAsync(IReadOnlyCollection<DeviceContact> contacts, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var contact in contacts)
            {
                if (_devices.TryGetValue(contact.DeviceId, out var device) && (device.LastSeenAt is null || device.LastSeenAt < contact.At))
                {
                    _devices[contact.DeviceId] = device with { LastSeenAt = contact.At };
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<DevicePage> QueryAsync(DeviceQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(DevicePage.Of(query, [.. _devices.Values.Where(query.Matches).Take(query.Limit + 1)]));
        }
    }
}
