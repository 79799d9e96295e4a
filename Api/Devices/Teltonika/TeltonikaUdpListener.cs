using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Telematics.Devices;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// Teltonika over UDP, on the same port number as TCP: each datagram names its device, is decoded as it arrives and
/// acknowledged — like TCP, only once the vehicle grain has accepted its records.
/// </summary>
/// <remarks>
/// Traccar acknowledges UDP packets on decoding, never later, and one of the data-loss reports against it is over UDP.
/// A datagram is decoded on the receive loop, so the receive buffer can be reused; storing and replying run
/// concurrently, bounded, so one slow vehicle does not hold up the port.
/// </remarks>
public sealed class TeltonikaUdpListener(
    IOptions<DeviceOptions> options, DeviceDirectory directory, DeviceIngestion ingestion, DeviceMetrics metrics,
    ILogger<TeltonikaUdpListener> logger) : BackgroundService
{
    private const int MaxDatagramSize = 65_507;
    private const int MaxPacketsInFlight = 256;

    private readonly SemaphoreSlim _inFlight = new(MaxPacketsInFlight);
    private Socket? _socket;

    public IPEndPoint? LocalEndPoint => (IPEndPoint?)_socket?.LocalEndPoint;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var address = IPAddress.Parse(options.Value.ListenAddress);
        _socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        _socket.Bind(new IPEndPoint(address, options.Value.TeltonikaPort));
        logger.LogInformation("Teltonika UDP listener on {EndPoint}", _socket.LocalEndPoint);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var buffer = new byte[MaxDatagramSize];
        var anyone = new IPEndPoint(_socket!.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!stoppingToken.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, anyone, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException ex)
            {
                // A previous reply's ICMP "port unreachable" surfaces here on some platforms; it concerns no new datagram.
                logger.LogDebug("Teltonika UDP receive: {Reason}", ex.Message);
                continue;
            }

            if (TeltonikaUdpPacket.Read(buffer.AsSpan(0, received.ReceivedBytes)) is not { } packet)
            {
                metrics.PacketRejected(DeviceProtocol.Teltonika, TeltonikaVerdict.BadLength);
                continue;
            }

            await _inFlight.WaitAsync(stoppingToken);
            _ = HandleAsync(packet, received.RemoteEndPoint, stoppingToken);
        }
    }

    public override void Dispose()
    {
        _socket?.Dispose();
        base.Dispose();
    }

    private async Task HandleAsync(TeltonikaUdpPacket packet, EndPoint device, CancellationToken cancellationToken)
    {
        try
        {
            if (packet.Data.Verdict != TeltonikaVerdict.Accepted)
            {
                metrics.PacketRejected(DeviceProtocol.Teltonika, packet.Data.Verdict);
                return;
            }

            if ((await directory.FindVehicleAsync(packet.Imei, DeviceProtocol.Teltonika, (device as IPEndPoint)?.Address)).VehicleId is not { } vehicleId)
            {
                return;
            }

            var events = packet.Data.Records.Select(TeltonikaEventMapper.ToEvent).ToList();
            await ingestion.RecordAsync(packet.Imei, vehicleId, DeviceProtocol.Teltonika, events);
            var reply = new byte[TeltonikaReplies.UdpAckSize];
            TeltonikaReplies.WriteUdpAck(reply, packet);
            await _socket!.SendToAsync(reply, SocketFlags.None, device, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Teltonika UDP packet from {Imei} not stored; not acknowledged so the device resends", packet.Imei);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the device resends what was not acknowledged.
        }
        finally
        {
            _inFlight.Release();
        }
    }
}
