using System.Diagnostics.Metrics;
using Telematics.Api.Devices.Teltonika;
using Telematics.Devices;

namespace Telematics.Api.Devices;

/// <summary>The "Telematics.Devices" meter: what the protocol listeners accepted, refused and dropped.</summary>
public sealed class DeviceMetrics
{
    public const string MeterName = "Telematics.Devices";

    private readonly Counter<long> _unknownDevices;
    private readonly Counter<long> _throttled;
    private readonly Counter<long> _connectionsRefused;
    private readonly Counter<long> _recordsAccepted;
    private readonly Counter<long> _recordsDropped;
    private readonly Counter<long> _packetsRejected;
    private readonly UpDownCounter<long> _connections;

    public DeviceMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _unknownDevices = meter.CreateCounter<long>("telematics.devices.unknown", "{device}", "Connections or requests from devices nobody registered, refused");
        _throttled = meter.CreateCounter<long>("telematics.devices.throttled", "{request}", "Lookups refused because the address named too many unknown devices");
        _connectionsRefused = meter.CreateCounter<long>("telematics.devices.connections.refused", "{connection}", "Teltonika TCP connections refused because their address had too many open");
        _recordsAccepted = meter.CreateCounter<long>("telematics.devices.records.accepted", "{record}", "Records the vehicle grains accepted (new or resent)");
        _recordsDropped = meter.CreateCounter<long>("telematics.devices.records.dropped", "{record}", "Records that failed validation and were not stored");
        _packetsRejected = meter.CreateCounter<long>("telematics.devices.packets.rejected", "{packet}", "Packets refused without acknowledgement, by verdict");
        _connections = meter.CreateUpDownCounter<long>("telematics.devices.connections", "{connection}", "Open Teltonika TCP connections");
    }

    public void UnknownDevice(DeviceProtocol protocol) => _unknownDevices.Add(1, Tag(protocol));

    public void Throttled(DeviceProtocol protocol) => _throttled.Add(1, Tag(protocol));

    public void ConnectionRefused() => _connectionsRefused.Add(1);

    public void RecordsAccepted(DeviceProtocol protocol, int count) => _recordsAccepted.Add(count, Tag(protocol));

    public void RecordsDropped(DeviceProtocol protocol, int count) => _recordsDropped.Add(count, Tag(protocol));

    public void PacketRejected(DeviceProtocol protocol, TeltonikaVerdict verdict) =>
        _packetsRejected.Add(1, Tag(protocol), new KeyValuePair<string, object?>("verdict", verdict.ToString()));

    public void ConnectionOpened() => _connections.Add(1);

    public void ConnectionClosed() => _connections.Add(-1);

    private static KeyValuePair<string, object?> Tag(DeviceProtocol protocol) => new("protocol", protocol.ToString());
}
