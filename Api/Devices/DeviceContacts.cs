using System.Collections.Concurrent;
using Telematics.Devices;

namespace Telematics.Api.Devices;

/// <summary>
/// When each device was last heard, kept in memory and written to the devices read model every
/// <see cref="FlushInterval"/>, one statement for every device heard meanwhile: a write per packet would add a database
/// round trip to every event a device sends. A node that stops writes what it heard first.
/// </summary>
public sealed class DeviceContacts(IDeviceReadModel devices, TimeProvider time, ILogger<DeviceContacts> logger) : BackgroundService
{
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(30);

    private ConcurrentDictionary<string, DateTimeOffset> _heard = new(StringComparer.Ordinal);

    public void Heard(string deviceId) => _heard[deviceId] = time.GetUtcNow();

    /// <summary>
    /// Writes what was heard since the last flush. A contact made while the sets are swapped may land in the old set
    /// after it was read; the device's next packet writes it again.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var heard = Interlocked.Exchange(ref _heard, new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal));
        if (heard.IsEmpty)
        {
            return;
        }

        try
        {
            await devices.RecordContactsAsync([.. heard.Select(h => new DeviceContact(h.Key, h.Value))], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Last contact of {Devices} devices not written; their next packets write it", heard.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }
}
