using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telematics.Api.Devices;
using Telematics.Api.Devices.Teltonika;

namespace Telematics.IntegrationTests.Devices;

/// <summary>
/// The outside audit's probes of the device ports, replayed against the real listeners: each test comes from client
/// addresses of its own, as the limits are per address.
/// </summary>
[Collection(HostileDevicesCollection.Name)]
public sealed class HostileDeviceTests(HostileDevicesFixture api)
{
    private const string IdRule = "must be 1–64 characters";

    private int TcpPort => api.Factory.Services.GetRequiredService<TeltonikaTcpListener>().LocalEndPoint!.Port;

    [Fact]
    public async Task Unknown_devices_on_every_port_are_refused_without_a_grain_of_their_own()
    {
        using var unknown = new DeviceMeterCount(api.Factory.Services, "telematics.devices.unknown");
        string[] osmAnd = ["osm-stranger-1", "osm-stranger-2"];
        string[] udp = ["350000000000001", "350000000000002"];
        string[] tcp = ["350000000000003", "<b>x</b>"];

        foreach (var id in osmAnd)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await OsmAndAsync($"/?id={id}&lat=60&lon=30", "10.9.1.1")).StatusCode);
        }

        using var socket = new UdpClient(new IPEndPoint(IPAddress.Parse("127.0.1.1"), 0));
        var udpPort = api.Factory.Services.GetRequiredService<TeltonikaUdpListener>().LocalEndPoint!.Port;
        foreach (var imei in udp)
        {
            await socket.SendAsync(TeltonikaPacketBuilder.UdpPacket(1, 1, imei, DeviceFix.Drive(1)), new IPEndPoint(IPAddress.Loopback, udpPort));
        }

        foreach (var imei in tcp)
        {
            await using var device = await TeltonikaDevice.ConnectAsync(TcpPort, IPAddress.Parse("127.0.1.2"));
            await device.SendAsync(TeltonikaPacketBuilder.Imei(imei));
            Assert.Equal(TeltonikaReplies.ImeiRejected, await device.ReadImeiReplyAsync());
        }

        await Poll.UntilAsync(() => Task.FromResult(unknown.Total), total => total >= 6);
        var management = api.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var keys = (await management.GetDetailedGrainStatistics()).Select(s => s.GrainId.Key.ToString()).ToHashSet();
        Assert.Empty(keys.Intersect([.. osmAnd, .. udp, .. tcp]));
    }

    [Fact]
    public async Task An_address_that_named_too_many_unknown_ids_is_refused_even_a_registered_one_and_told_when_to_retry()
    {
        await api.RegisterDeviceAsync("osm-hostile-known", "VEH-HOSTILE-OSM", "osmand");
        for (var i = 0; i < HostileDevicesApiFactory.UnknownDeviceAllowance; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await OsmAndAsync($"/?id=osm-guess-{i}&lat=60&lon=30", "10.9.0.1")).StatusCode);
        }

        var guess = await OsmAndAsync("/?id=osm-guess-next&lat=60&lon=30", "10.9.0.1");
        var known = await OsmAndAsync("/?id=osm-hostile-known&lat=60&lon=30", "10.9.0.1");
        var elsewhere = await OsmAndAsync("/?id=osm-hostile-known&lat=60&lon=30", "10.9.0.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, guess.StatusCode);
        Assert.Equal(HostileDevicesApiFactory.UnknownDeviceRefill, guess.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", guess.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Equal(1, await api.EndTripEventCountAsync("VEH-HOSTILE-OSM"));
    }

    [Fact]
    public async Task A_teltonika_address_that_named_too_many_unknown_imeis_is_refused_even_a_registered_one()
    {
        await api.RegisterDeviceAsync("356307042441054", "VEH-HOSTILE-TEL", "teltonika");
        var guesser = IPAddress.Parse("127.0.2.1");
        for (var i = 0; i < HostileDevicesApiFactory.UnknownDeviceAllowance; i++)
        {
            Assert.Equal(TeltonikaReplies.ImeiRejected, await HandshakeAsync($"35000000000010{i}", guesser));
        }

        Assert.Equal(TeltonikaReplies.ImeiRejected, await HandshakeAsync("356307042441054", guesser));
        Assert.Equal(TeltonikaReplies.ImeiAccepted, await HandshakeAsync("356307042441054", IPAddress.Parse("127.0.2.2")));
    }

    [Fact]
    public async Task A_connection_that_sends_no_imei_is_closed_after_the_handshake_timeout_keep_alives_or_not()
    {
        await using var silent = await TeltonikaDevice.ConnectAsync(TcpPort, IPAddress.Parse("127.0.3.1"));
        await using var keepingAlive = await TeltonikaDevice.ConnectAsync(TcpPort, IPAddress.Parse("127.0.3.1"));
        using var stop = new CancellationTokenSource();
        var keepAlives = TrickleAsync(keepingAlive, Enumerable.Repeat((byte)0xFF, 100), stop.Token);

        Assert.True(await silent.IsClosedByServerAsync());
        Assert.True(await keepingAlive.IsClosedByServerAsync());
        await stop.CancelAsync();
        await keepAlives;
    }

    [Fact]
    public async Task A_connection_trickling_bytes_into_a_frame_is_closed_after_the_frame_timeout()
    {
        await api.RegisterDeviceAsync("356307042441062", "VEH-HOSTILE-TRICKLE", "teltonika");
        var packet = TeltonikaPacketBuilder.TcpPacket(DeviceFix.Drive(2));
        await using var device = await TeltonikaDevice.ConnectAsync(TcpPort, IPAddress.Parse("127.0.4.1"));
        await device.SendAsync(TeltonikaPacketBuilder.Imei("356307042441062"));
        Assert.Equal(TeltonikaReplies.ImeiAccepted, await device.ReadImeiReplyAsync());
        using var stop = new CancellationTokenSource();
        var elapsed = Stopwatch.StartNew();

        // A byte every 250 ms: without a bound on the frame the packet would be whole, and acknowledged, after ~20 s.
        var trickle = TrickleAsync(device, packet, stop.Token);

        Assert.True(await device.IsClosedByServerAsync());
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(10), $"closed after {elapsed.Elapsed}");
        await stop.CancelAsync();
        await trickle;
        Assert.Equal(0, await api.EndTripEventCountAsync("VEH-HOSTILE-TRICKLE"));
    }

    [Fact]
    public async Task Connections_over_the_limit_of_one_address_are_closed_at_once_and_other_addresses_are_served()
    {
        await api.RegisterDeviceAsync("356307042441070", "VEH-HOSTILE-CAP", "teltonika");
        var crowded = IPAddress.Parse("127.0.5.1");
        var open = new List<TeltonikaDevice>();
        try
        {
            for (var i = 0; i < HostileDevicesApiFactory.ConnectionsPerAddress; i++)
            {
                open.Add(await TeltonikaDevice.ConnectAsync(TcpPort, crowded));
                await open[^1].SendAsync(TeltonikaPacketBuilder.Imei("356307042441070"));
                Assert.Equal(TeltonikaReplies.ImeiAccepted, await open[^1].ReadImeiReplyAsync());
            }

            await using (var over = await TeltonikaDevice.ConnectAsync(TcpPort, crowded))
            {
                await over.SendAsync(TeltonikaPacketBuilder.Imei("356307042441070"));
                Assert.True(await over.IsClosedByServerAsync());
            }

            Assert.Equal(TeltonikaReplies.ImeiAccepted, await HandshakeAsync("356307042441070", IPAddress.Parse("127.0.5.2")));

            await open[0].DisposeAsync();
            open.RemoveAt(0);
            await Poll.UntilAsync(() => HandshakeAsync("356307042441070", crowded), reply => reply == TeltonikaReplies.ImeiAccepted);
        }
        finally
        {
            foreach (var device in open)
            {
                await device.DisposeAsync();
            }
        }
    }

    [Theory]
    [InlineData("/?id=..%2F..%2Fetc%2Fpasswd&lat=60&lon=30")]
    [InlineData("/?id=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lat=60&lon=30")]
    [InlineData("/?id=%C3%A9t%C3%A9&lat=60&lon=30")]
    public async Task An_osmand_id_outside_the_id_grammar_is_refused_naming_the_parameter(string request)
    {
        var response = await OsmAndAsync(request, "10.9.3.1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"The 'id' parameter {IdRule}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_json_device_id_of_10_KB_is_refused_naming_the_field()
    {
        var body = """{"device_id":""" + $"\"{new string('7', 10_000)}\"" + ""","location":{"timestamp":"2026-01-05T07:30:00Z","coords":{"latitude":60,"longitude":30}}}""";

        var response = await OsmAndAsync("/", "10.9.3.2", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"'device_id' {IdRule}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_position_with_too_many_or_too_long_attributes_is_refused_and_stores_nothing()
    {
        await api.RegisterDeviceAsync("osm-hostile-attributes", "VEH-HOSTILE-ATTR", "osmand");
        const string position = "id=osm-hostile-attributes&lat=60&lon=30";
        var flood = position + string.Concat(Enumerable.Range(0, 7_000).Select(i => $"&a{i}=1"));
        var tooMany = await OsmAndAsync("/", "10.9.4.1", new StringContent(flood, Encoding.ASCII, "application/x-www-form-urlencoded"));
        var tooLong = await OsmAndAsync($"/?{position}&note={new string('x', 300)}", "10.9.4.1");

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("at most 32 attributes", await tooMany.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(0, await api.EndTripEventCountAsync("VEH-HOSTILE-ATTR"));
    }

    /// <summary>
    /// A refused handshake waits for the server to close its side: the address's connections are limited, and on a
    /// loaded machine the server's sessions of earlier handshakes could otherwise still count against the next one.
    /// </summary>
    private async Task<byte> HandshakeAsync(string imei, IPAddress from)
    {
        await using var device = await TeltonikaDevice.ConnectAsync(TcpPort, from);
        await device.SendAsync(TeltonikaPacketBuilder.Imei(imei));
        var reply = await device.ReadImeiReplyAsync();
        if (reply == TeltonikaReplies.ImeiRejected)
        {
            Assert.True(await device.IsClosedByServerAsync());
        }

        return reply;
    }

    /// <summary>Sends one byte every 250 ms until done, stopped, or the server has closed the connection.</summary>
    private static async Task TrickleAsync(TeltonikaDevice device, IEnumerable<byte> bytes, CancellationToken stop)
    {
        try
        {
            foreach (var b in bytes)
            {
                await device.SendAsync([b]);
                await Task.Delay(TimeSpan.FromMilliseconds(250), stop);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private async Task<HttpResponseMessage> OsmAndAsync(string pathAndQuery, string from, HttpContent? body = null)
    {
        var port = api.Factory.Services.GetRequiredService<IOptions<DeviceOptions>>().Value.OsmAndPort;
        using var client = api.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://localhost:{port}") });
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, pathAndQuery) { Content = body };
        request.Headers.Add(ClientAddressHeader.Name, from);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
