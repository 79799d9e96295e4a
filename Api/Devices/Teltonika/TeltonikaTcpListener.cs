using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Telematics.Api.Hosting;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// Accepts Teltonika devices on a plain TCP socket and runs one <see cref="TeltonikaTcpSession"/> per connection.
/// </summary>
/// <remarks>
/// A hosted socket listener rather than a Kestrel connection handler: it runs the same under Kestrel and under the
/// test server (which has no sockets at all), and it leaves Kestrel's endpoint configuration — and so the <c>Urls</c>
/// setting — untouched. The port is bound in <see cref="StartAsync"/>, so a port in use fails start-up loudly.
/// </remarks>
public sealed class TeltonikaTcpListener(
    IOptions<DeviceOptions> options, TeltonikaSessionFactory sessions, DeviceMetrics metrics, ILogger<TeltonikaTcpListener> logger) : BackgroundService
{
    private const int Backlog = 1024;

    private readonly ConnectionsPerAddress _connections = new(options.Value.TeltonikaConnectionsPerAddress);
    private TcpListener? _listener;

    /// <summary>Where the listener is bound; tests read the port from it.</summary>
    public IPEndPoint? LocalEndPoint => (IPEndPoint?)_listener?.LocalEndpoint;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = new TcpListener(IPAddress.Parse(options.Value.ListenAddress), options.Value.TeltonikaPort);
        _listener.Start(Backlog);
        logger.LogInformation("Teltonika TCP listener on {EndPoint}", _listener.LocalEndpoint);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stop = stoppingToken.Register(() => _listener!.Stop());
        while (!stoppingToken.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener!.AcceptSocketAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var address = ClientAddress.Of((socket.RemoteEndPoint as IPEndPoint)?.Address);
            if (!_connections.TryOpen(address))
            {
                metrics.ConnectionRefused();
                socket.Dispose();
                continue;
            }

            _ = RunAsync(socket, address, stoppingToken);
        }
    }

    private async Task RunAsync(Socket socket, IPAddress address, CancellationToken stoppingToken)
    {
        try
        {
            await sessions.Create(socket, address).RunAsync(stoppingToken);
        }
        finally
        {
            _connections.Close(address);
        }
    }
}
