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
}
