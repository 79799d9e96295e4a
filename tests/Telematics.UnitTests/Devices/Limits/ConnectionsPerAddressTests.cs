using System.Net;
using Telematics.Api.Devices.Teltonika;

namespace Telematics.UnitTests.Devices.Limits;

public sealed class ConnectionsPerAddressTests
{
    private static readonly IPAddress Crowded = IPAddress.Parse("198.51.100.7");
    private static readonly IPAddress Other = IPAddress.Parse("198.51.100.8");

    [Fact]
    public void An_address_at_its_limit_is_refused_until_one_of_its_connections_closes_and_others_are_not()
    {
        var connections = new ConnectionsPerAddress(2);

        Assert.True(connections.TryOpen(Crowded));
        Assert.True(connections.TryOpen(Crowded));
        Assert.False(connections.TryOpen(Crowded));
        Assert.True(connections.TryOpen(Other));

        connections.Close(Crowded);
        Assert.True(connections.TryOpen(Crowded));
        Assert.False(connections.TryOpen(Crowded));
    }
}
