using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Telematics.Silo.Hosting;

public sealed class TelematicsOptions
{
    public const string Section = "Telematics";

    /// <summary>How the cluster stores state and finds its silos. Default: <see cref="TelematicsMode.Embedded"/>.</summary>
    public TelematicsMode Mode { get; set; } = TelematicsMode.Embedded;

    /// <summary>Names the cluster in the membership table: silos with the same id form one cluster. Default: telematics.</summary>
    public string ClusterId { get; set; } = "telematics";

    /// <summary>Names the service whose grain state and reminders are stored; stable across deployments. Default: telematics.</summary>
    public string ServiceId { get; set; } = "telematics";

    /// <summary>
    /// The address other silos and clients reach this silo at (Postgres mode): an IP address, a host name, or <c>auto</c>
    /// for this host's first non-loopback IPv4 address (what a container wants). Default: 127.0.0.1.
    /// </summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    public IPAddress ResolveAdvertisedAddress()
    {
        if (AdvertisedAddress == "auto")
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(a => a.Address)
                .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
                ?? throw new InvalidOperationException("Telematics:AdvertisedAddress is 'auto' but this host has no non-loopback IPv4 address.");
        }

        return IPAddress.TryParse(AdvertisedAddress, out var address)
            ? address
            : Dns.GetHostAddresses(AdvertisedAddress).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
                ?? throw new InvalidOperationException($"Telematics:AdvertisedAddress '{AdvertisedAddress}' resolves to no IPv4 address.");
    }

    /// <summary>The silo-to-silo port. Default: 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients connect to. Default: 30000.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Whether the silo runs in Kubernetes pods (Postgres mode): Orleans' Kubernetes hosting then names the silo after
    /// its pod and watches the pods of its cluster, so a silo whose pod is gone is declared dead at once instead of
    /// after missed probes. Needs the RBAC of deploy/kubernetes/rbac.yaml. Default: false.
    /// </summary>
    public bool KubernetesHosting { get; set; }

    public static TelematicsOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<TelematicsOptions>() ?? new TelematicsOptions();

    public static TelematicsMode ReadMode(IConfiguration configuration) => Read(configuration).Mode;
}
