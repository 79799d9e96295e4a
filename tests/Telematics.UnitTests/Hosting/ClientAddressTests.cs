using System.Net;
using Telematics.Api.Hosting;

namespace Telematics.UnitTests.Hosting;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::")]
    public void IPv4_counts_as_itself_and_IPv6_by_its_64_bit_prefix(string address, string counted)
    {
        Assert.Equal(IPAddress.Parse(counted), ClientAddress.Of(IPAddress.Parse(address)));
    }

    [Fact]
    public void No_address_counts_as_one_address()
    {
        Assert.Equal(IPAddress.None, ClientAddress.Of(null));
    }
}
