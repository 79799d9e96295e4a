using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Telematics.Api.Devices;

namespace Telematics.IntegrationTests.Devices;

/// <summary>Adds up one device counter of one Api — not of the other Apis other tests run in this process.</summary>
internal sealed class DeviceMeterCount : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _total;

    public DeviceMeterCount(IServiceProvider services, string instrument)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Meter.Name == DeviceMetrics.MeterName && published.Name == instrument && published.Meter.Scope == meters)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public void Dispose() => _listener.Dispose();
}
