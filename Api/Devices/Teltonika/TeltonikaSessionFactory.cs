using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>Holds what every TCP session shares, so a session is just its socket and its own few fields.</summary>
public sealed class TeltonikaSessionFactory(
    DeviceDirectory directory, DeviceIngestion ingestion, DeviceMetrics metrics, IOptions<DeviceOptions> options, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<TeltonikaTcpSession>();

    public TeltonikaTcpSession Create(Socket socket, IPAddress address) =>
        new(socket, address, directory, ingestion, metrics, options.Value, _logger);
}
