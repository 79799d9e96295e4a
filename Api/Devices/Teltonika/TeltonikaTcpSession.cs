using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Telematics.Devices;
using Telematics.Ids;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// One device's TCP connection: the IMEI handshake, then AVL packets, each acknowledged with its record count only
/// after the vehicle grain has accepted the records.
/// </summary>
/// <remarks>
/// Traccar acknowledges as soon as a packet is decoded, before anything is stored (unless
/// <c>server.delayAcknowledgement</c> is set); a crash in between loses records the device has already deleted. We
/// acknowledge after <c>RecordEventsAsync</c> returns, so an acknowledged record is durable and an unacknowledged one
/// is resent — the vehicle grain drops the resent twins by timestamp.
/// </remarks>
/// <remarks>
/// Each read has a deadline: the IMEI within the handshake timeout of connecting, a frame begun within the frame
/// timeout of its first byte — a connection trickling bytes into a frame is not held forever — and otherwise the
/// idle timeout.
/// </remarks>
public sealed class TeltonikaTcpSession(
    Socket socket, IPAddress address, DeviceDirectory directory, DeviceIngestion ingestion, DeviceMetrics metrics, DeviceOptions options, ILogger logger)
{
    private const int MaxImeiLength = 32;

    private readonly byte[] _reply = new byte[TeltonikaReplies.TcpAckSize];
    private string? _imei;
    private string? _vehicleId;

    /// <summary>Runs until the device hangs up, goes silent, breaks the protocol or the server stops. Never throws.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        metrics.ConnectionOpened();
        try
        {
            await using var stream = new NetworkStream(socket, ownsSocket: true);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 4096, minimumReadSize: 1024, leaveOpen: true));
            try
            {
                await ReadFramesAsync(reader, stream, deadline);
            }
            finally
            {
                // Returns the pipe's pooled buffers whichever way the connection ended.
                await reader.CompleteAsync();
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            logger.LogDebug("Teltonika connection of {Imei} ended: {Reason}", _imei ?? "(no handshake)", ex.Message);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Teltonika connection of {Imei} failed", _imei ?? "(no handshake)");
        }
        finally
        {
            metrics.ConnectionClosed();
        }
    }

    private async Task ReadFramesAsync(PipeReader reader, NetworkStream stream, CancellationTokenSource deadline)
    {
        var connectedAt = Stopwatch.GetTimestamp();
        long? frameStartedAt = null;
        while (true)
        {
            var timeout = _imei is null ? options.TeltonikaHandshakeTimeout - Stopwatch.GetElapsedTime(connectedAt)
                : frameStartedAt is { } started ? options.TeltonikaFrameTimeout - Stopwatch.GetElapsedTime(started)
                : options.TeltonikaIdleTimeout;
            deadline.CancelAfter(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero);
            var result = await reader.ReadAsync(deadline.Token);
            var buffer = result.Buffer;

            // Storing and acknowledging what arrived is not the device's delay.
            deadline.CancelAfter(options.TeltonikaIdleTimeout);
            var framesRead = false;
            while (TeltonikaFrameSplitter.TryReadFrame(ref buffer, out var frame, out var kind))
            {
                framesRead = true;
                if (!await HandleFrameAsync(frame, kind, stream, deadline.Token))
                {
                    return;
                }
            }

            // What is left is the start of the next frame; it began in this read unless it was already waiting.
            frameStartedAt = buffer.IsEmpty ? null : framesRead ? Stopwatch.GetTimestamp() : frameStartedAt ?? Stopwatch.GetTimestamp();
            reader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>False when the connection must close.</summary>
    private async Task<bool> HandleFrameAsync(ReadOnlySequence<byte> frame, TeltonikaFrameKind kind, NetworkStream stream, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case TeltonikaFrameKind.KeepAlive:
                return true;
            case TeltonikaFrameKind.Imei when _imei is null:
                return await HandshakeAsync(frame, stream, cancellationToken);
            case TeltonikaFrameKind.Packet when _vehicleId is not null:
                return await HandlePacketAsync(Decode(frame), stream, cancellationToken);
            default:
                // Oversized, a second handshake or data before one: the stream cannot be trusted to re-synchronise.
                metrics.PacketRejected(DeviceProtocol.Teltonika, TeltonikaVerdict.BadLength);
                return false;
        }
    }

    private async Task<bool> HandshakeAsync(ReadOnlySequence<byte> frame, NetworkStream stream, CancellationToken cancellationToken)
    {
        // An IMEI has 15 digits; a longer one, or one outside the id grammar, is refused as the empty id, so that
        // whatever it holds is neither decoded nor logged.
        var imei = frame.Slice(2);
        var text = imei.Length <= MaxImeiLength ? Encoding.ASCII.GetString(imei) : "";
        _imei = EntityId.IsValid(text) ? text : "";
        _vehicleId = (await directory.FindVehicleAsync(_imei, DeviceProtocol.Teltonika, address)).VehicleId;
        _reply[0] = _vehicleId is null ? TeltonikaReplies.ImeiRejected : TeltonikaReplies.ImeiAccepted;
        await stream.WriteAsync(_reply.AsMemory(0, 1), cancellationToken);
        if (_vehicleId is null)
        {
            logger.LogInformation("Refused Teltonika device {Imei}: not registered", _imei);
        }

        return _vehicleId is not null;
    }

    private async Task<bool> HandlePacketAsync(TeltonikaAvlData packet, NetworkStream stream, CancellationToken cancellationToken)
    {
        if (packet.Verdict == TeltonikaVerdict.CommandResponse)
        {
            return true;
        }

        if (packet.Verdict != TeltonikaVerdict.Accepted)
        {
            metrics.PacketRejected(DeviceProtocol.Teltonika, packet.Verdict);
            logger.LogWarning("Teltonika packet from {Imei} refused ({Verdict}); not acknowledged so the device resends", _imei, packet.Verdict);
            return true;
        }

        var events = packet.Records.Select(TeltonikaEventMapper.ToEvent).ToList();
        await ingestion.RecordAsync(_imei!, _vehicleId!, DeviceProtocol.Teltonika, events);
        TeltonikaReplies.WriteTcpAck(_reply, packet.DeclaredCount);
        await stream.WriteAsync(_reply, cancellationToken);
        return true;
    }

    /// <summary>Reads a frame in place when the pipe holds it in one segment, otherwise from a pooled copy.</summary>
    private static TeltonikaAvlData Decode(ReadOnlySequence<byte> frame)
    {
        if (frame.IsSingleSegment)
        {
            return TeltonikaTcpPacket.Read(frame.FirstSpan);
        }

        var copy = ArrayPool<byte>.Shared.Rent((int)frame.Length);
        try
        {
            frame.CopyTo(copy);
            return TeltonikaTcpPacket.Read(copy.AsSpan(0, (int)frame.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }
}
