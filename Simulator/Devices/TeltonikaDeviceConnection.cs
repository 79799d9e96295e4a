using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Telematics.Simulator.Devices;

/// <summary>One simulated tracker's TCP connection: the IMEI handshake, then packets each answered by its record count.</summary>
public sealed class TeltonikaDeviceConnection : IAsyncDisposable
{
    private const byte ImeiAccepted = 0x01;

    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly byte[] _ack = new byte[4];

    private TeltonikaDeviceConnection(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>Connects and sends the IMEI; throws <see cref="IOException"/> unless the server answers 01.</summary>
    public static async Task<TeltonikaDeviceConnection> OpenAsync(EndPoint server, string imei, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(server, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        // A stream can wrap only a connected socket; from here on the connection owns it.
        var connection = new TeltonikaDeviceConnection(socket);
        try
        {
            await connection._stream.WriteAsync(TeltonikaFrameEncoder.Handshake(imei), cancellationToken);
            await connection._stream.ReadExactlyAsync(connection._ack.AsMemory(0, 1), cancellationToken);
            return connection._ack[0] == ImeiAccepted
                ? connection
                : throw new IOException($"IMEI {imei} refused (reply {connection._ack[0]:X2})");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends one packet and waits for its acknowledgement, as a device does before sending the next.</summary>
    /// <returns>The record count the server acknowledged.</returns>
    public async Task<int> SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(frame, cancellationToken);
        await _stream.ReadExactlyAsync(_ack, cancellationToken);
        return BinaryPrimitives.ReadInt32BigEndian(_ack);
    }

    /// <summary>
    /// False once the server has closed the connection: a closed socket polls readable with nothing to read. An idle
    /// device is never sent anything, so readable with bytes waiting does not happen here.
    /// </summary>
    public bool IsOpen => !(_socket.Poll(0, SelectMode.SelectRead) && _socket.Available == 0);

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
