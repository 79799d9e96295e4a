using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Telematics.IntegrationTests.Devices;

/// <summary>A Teltonika device on a real TCP connection to the listener.</summary>
internal sealed class TeltonikaDevice : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    private readonly TcpClient _client;
    private NetworkStream _stream = null!;

    private TeltonikaDevice(IPAddress? from) =>
        _client = from is null ? new TcpClient() : new TcpClient(new IPEndPoint(from, 0));

    /// <param name="from">A loopback address of its own (127.0.0.x), for tests of limits per address.</param>
    public static async Task<TeltonikaDevice> ConnectAsync(int port, IPAddress? from = null)
    {
        var device = new TeltonikaDevice(from);
        device._client.NoDelay = true;
        await device._client.ConnectAsync(IPAddress.Loopback, port);
        device._stream = device._client.GetStream();
        return device;
    }

    /// <summary>Bytes the server sent that nobody read yet.</summary>
    public int Unread => _client.Available;

    public async Task SendAsync(params byte[][] writes)
    {
        foreach (var bytes in writes)
        {
            await _stream.WriteAsync(bytes);
            await _stream.FlushAsync();
        }
    }

    /// <summary>The handshake reply: 1 accepted, 0 refused.</summary>
    public async Task<byte> ReadImeiReplyAsync() => (await ReadAsync(1))[0];

    /// <summary>The next 4-byte acknowledgement: the record count the server accepted.</summary>
    public async Task<int> ReadAckAsync() => BinaryPrimitives.ReadInt32BigEndian(await ReadAsync(4));

    /// <summary>True once the server has closed the connection, or reset it (closing with our bytes unread).</summary>
    public async Task<bool> IsClosedByServerAsync()
    {
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        try
        {
            return await _stream.ReadAsync(new byte[1], timeout.Token) == 0;
        }
        catch (IOException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionReset })
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }

    private async Task<byte[]> ReadAsync(int count)
    {
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        var reply = new byte[count];
        await _stream.ReadExactlyAsync(reply, timeout.Token);
        return reply;
    }
}
