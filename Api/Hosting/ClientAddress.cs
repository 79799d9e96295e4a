using System.Net;
using System.Net.Sockets;

namespace Telematics.Api.Hosting;

/// <summary>
/// The address a per-client limit counts against: the device ports' unknown-id allowance and connection cap, and login
/// attempts; and the address the audit trail records.
/// </summary>
public static class ClientAddress
{
    /// <summary>
    /// IPv4 as itself (also when it arrives IPv4-mapped), IPv6 by its /64 — one subscriber's prefix, in which a client
    /// can pick a new address for every request. Unknown (the test server has none) counts as one address.
    /// </summary>
    public static IPAddress Of(IPAddress? address)
    {
        if (address is null)
        {
            return IPAddress.None;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        var bytes = address.GetAddressBytes();
        bytes.AsSpan(8).Clear();
        return new IPAddress(bytes);
    }

    /// <summary>The whole address, not its /64: the audit trail names the client, it does not count it. IPv4-mapped as IPv4; unknown as empty.</summary>
    public static string Recorded(IPAddress? address) =>
        address is null ? "" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
