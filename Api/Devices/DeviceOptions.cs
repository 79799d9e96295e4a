namespace Telematics.Api.Devices;

/// <summary>Where the device protocol listeners run. A port of 0 turns that protocol's listener off.</summary>
public sealed class DeviceOptions
{
    public const string Section = "Telematics:Devices";

    /// <summary>TCP and UDP port of the Teltonika listeners. Default: 5027, Teltonika's and Traccar's.</summary>
    public int TeltonikaPort { get; set; } = 5027;

    /// <summary>HTTP port of the OsmAnd endpoint (Traccar Client apps). Default: 5055, the apps' default.</summary>
    public int OsmAndPort { get; set; } = 5055;

    /// <summary>The address the device listeners bind. Default: 0.0.0.0, as devices connect from outside the host.</summary>
    public string ListenAddress { get; set; } = "0.0.0.0";

    /// <summary>
    /// How long a Teltonika TCP connection may stay silent before it is closed. Default: 15 minutes, well above the
    /// devices' own link timeouts, so only dead links (a unit that lost power behind NAT) are reaped.
    /// </summary>
    public TimeSpan TeltonikaIdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a new Teltonika TCP connection has to send its IMEI. Default: 30 seconds; a device sends it at once,
    /// so this only reaps connections that were opened and left.
    /// </summary>
    public TimeSpan TeltonikaHandshakeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a Teltonika frame may take from its first byte to its last. Default: 60 seconds, time for the largest
    /// frame (32 KiB) on a slow GPRS link; a connection trickling bytes into a frame is closed after it.
    /// </summary>
    public TimeSpan TeltonikaFrameTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Open Teltonika TCP connections allowed from one address; more are closed on accept. Default: 100, as a
    /// carrier's NAT puts many trackers behind one address while a single device needs one connection.
    /// </summary>
    public int TeltonikaConnectionsPerAddress { get; set; } = 100;

    /// <summary>
    /// Unregistered device ids an address may name (any protocol) before all its lookups are refused. Default: 20,
    /// enough for a few misconfigured devices behind one address.
    /// </summary>
    public int UnknownDeviceAllowance { get; set; } = 20;

    /// <summary>How often a spent address regains one lookup. Default: 1 minute.</summary>
    public TimeSpan UnknownDeviceRefill { get; set; } = TimeSpan.FromMinutes(1);
}
