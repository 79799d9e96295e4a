using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Diagnostics.Metrics;
using Telematics.Api.Devices;
using Microsoft.Extensions.DependencyInjection;
using Telematics.Api.Devices.Teltonika;
using Telematics.IntegrationTests.Api;
using Telematics.Simulator.Api;
using Telematics.Simulator.Devices;
using Telematics.Simulator.Driving;

namespace Telematics.IntegrationTests.Devices;

/// <summary>A device played against the real listeners of the co-hosted Api, on free ports.</summary>
[Collection(ApiCollection.Name)]
public sealed class TeltonikaListenerTests(ApiFixture api)
{
    private int TcpPort => api.Factory.Services.GetRequiredService<TeltonikaTcpListener>().LocalEndPoint!.Port;

    [Fact]
    public async Task Records_are_acknowledged_once_stored_a_corrupted_packet_is_not_and_resends_are_stored_once()
    {
        await api.RegisterDeviceAsync("356307042441013", "VEH-TEL-1", "teltonika");
        var fixes = DeviceFix.Drive(15);
        var a = TeltonikaPacketBuilder.TcpPacket(fixes[..3]);
        var b = TeltonikaPacketBuilder.TcpPacket(fixes[3..5]);
        var c = TeltonikaPacketBuilder.TcpPacket(fixes[5..9]);
        var e = TeltonikaPacketBuilder.TcpPacket(fixes[9..14]);
        var f = TeltonikaPacketBuilder.TcpPacket(fixes[14..]);
        var corruptedE = (byte[])e.Clone();
        corruptedE[^1] ^= 0x5A;

        await using var device = await TeltonikaDevice.ConnectAsync(TcpPort);
        await device.SendAsync(TeltonikaPacketBuilder.Imei("356307042441013"));
        Assert.Equal(TeltonikaReplies.ImeiAccepted, await device.ReadImeiReplyAsync());

        await device.SendAsync(a[..5], a[5..40], a[40..]);
        Assert.Equal(3, await device.ReadAckAsync());

        await device.SendAsync([0xFF, .. b, .. c]);
        Assert.Equal(2, await device.ReadAckAsync());
        Assert.Equal(4, await device.ReadAckAsync());

        // Had the corrupted packet been acknowledged, its 5 would arrive before F's 1.
        await device.SendAsync(corruptedE, f);
        Assert.Equal(1, await device.ReadAckAsync());

        await device.SendAsync(e, a);
        Assert.Equal(5, await device.ReadAckAsync());
        Assert.Equal(3, await device.ReadAckAsync());
        Assert.Equal(0, device.Unread);

        Assert.Equal(15, await api.EndTripEventCountAsync("VEH-TEL-1"));
    }

    /// <summary>
    /// The audit's probe: a packet whose first read holds only 2 or 3 bytes used to close the connection unacknowledged.
    /// The pause makes the server read the prefix on its own; the splitter's unit test covers every other cut.
    /// </summary>
    [Fact]
    public async Task A_packet_split_after_any_of_its_header_bytes_is_acknowledged()
    {
        await api.RegisterDeviceAsync("356307042441047", "VEH-TEL-SPLIT", "teltonika");
        var packet = TeltonikaPacketBuilder.TcpPacket(DeviceFix.Drive(2));
        await using var device = await TeltonikaDevice.ConnectAsync(TcpPort);
        await device.SendAsync(TeltonikaPacketBuilder.Imei("356307042441047"));
        Assert.Equal(TeltonikaReplies.ImeiAccepted, await device.ReadImeiReplyAsync());

        foreach (var cut in new[] { 1, 2, 3, 4, 7, 8, 9, packet.Length - 1 })
        {
            await device.SendAsync(packet[..cut]);
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            await device.SendAsync(packet[cut..]);
            Assert.Equal(2, await device.ReadAckAsync());
        }

        Assert.Equal(2, await api.EndTripEventCountAsync("VEH-TEL-SPLIT"));
    }

    [Fact]
    public async Task An_unknown_imei_is_refused_disconnected_and_counted()
    {
        long refused = 0;
        using var meter = new MeterListener();
        meter.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument is { Meter.Name: DeviceMetrics.MeterName, Name: "telematics.devices.unknown" })
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meter.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref refused, value));
        meter.Start();
        await using var device = await TeltonikaDevice.ConnectAsync(TcpPort);

        await device.SendAsync(TeltonikaPacketBuilder.Imei("999999999999999"));

        Assert.Equal(TeltonikaReplies.ImeiRejected, await device.ReadImeiReplyAsync());
        Assert.True(await device.IsClosedByServerAsync());
        Assert.Equal(1, Interlocked.Read(ref refused));
    }

    [Fact]
    public async Task A_record_that_fails_validation_is_dropped_and_the_packet_still_acknowledged()
    {
        await api.RegisterDeviceAsync("356307042441039", "VEH-TEL-4", "teltonika");
        var fixes = DeviceFix.Drive(3);
        List<DeviceFix> packet = [fixes[0], fixes[1] with { Latitude = 95 }, fixes[2] with { Time = DateTimeOffset.UtcNow.AddDays(1) }];

        await using var device = await TeltonikaDevice.ConnectAsync(TcpPort);
        await device.SendAsync(TeltonikaPacketBuilder.Imei("356307042441039"), TeltonikaPacketBuilder.TcpPacket(packet));

        Assert.Equal(TeltonikaReplies.ImeiAccepted, await device.ReadImeiReplyAsync());
        Assert.Equal(3, await device.ReadAckAsync());
        Assert.Equal(1, await api.EndTripEventCountAsync("VEH-TEL-4"));
    }

    [Fact]
    public async Task Garbage_after_the_handshake_closes_only_that_connection()
    {
        await api.RegisterDeviceAsync("356307042441021", "VEH-TEL-2", "teltonika");
        var garbage = new byte[2048];
        new Random(7).NextBytes(garbage);
        garbage[0] = 0; // a frame header claiming a huge packet
        garbage[1] = 0;

        await using (var hostile = await TeltonikaDevice.ConnectAsync(TcpPort))
        {
            await hostile.SendAsync(TeltonikaPacketBuilder.Imei("356307042441021"));
            Assert.Equal(TeltonikaReplies.ImeiAccepted, await hostile.ReadImeiReplyAsync());
            await hostile.SendAsync([0, 0, 0, 0, 0x7F, 0xFF, 0xFF, 0xFF, .. garbage]);
            Assert.True(await hostile.IsClosedByServerAsync());
        }

        await using var device = await TeltonikaDevice.ConnectAsync(TcpPort);
        await device.SendAsync(TeltonikaPacketBuilder.Imei("356307042441021"), TeltonikaPacketBuilder.TcpPacket(DeviceFix.Drive(2)));
        Assert.Equal(TeltonikaReplies.ImeiAccepted, await device.ReadImeiReplyAsync());
        Assert.Equal(2, await device.ReadAckAsync());
    }

    [Fact]
    public async Task A_udp_datagram_is_stored_then_acknowledged_with_its_packet_ids()
    {
        await api.RegisterDeviceAsync("357454072713975", "VEH-TEL-3", "teltonika");
        var udpPort = api.Factory.Services.GetRequiredService<TeltonikaUdpListener>().LocalEndPoint!.Port;
        using var udp = new UdpClient(AddressFamily.InterNetwork);
        var datagram = TeltonikaPacketBuilder.UdpPacket(0xCAFE, 0x22, "357454072713975", DeviceFix.Drive(2));

        await udp.SendAsync(datagram, new IPEndPoint(IPAddress.Loopback, udpPort));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var reply = await udp.ReceiveAsync(timeout.Token);

        Assert.Equal("0005CAFE012202", Convert.ToHexString(reply.Buffer));
        Assert.Equal(2, await api.EndTripEventCountAsync("VEH-TEL-3"));
    }

    [Fact]
    public async Task The_simulators_Teltonika_output_is_stored_as_the_trip_it_drove()
    {
        const string vehicleId = "VEH-TEL-SIM";
        var imei = DeviceImei.For(777_001);
        await api.RegisterDeviceAsync(imei, vehicleId, "teltonika");
        var trip = new TripGenerator(new Random(5)).Generate(DrivingProfile.Average, DateTimeOffset.UtcNow.AddHours(-2), 45.5, -73.57, legs: 12);
        var events = trip.Events.TakeWhile(e => e.Ignition != false).Take(600).ToList();
        Assert.True(events.Count > 2 * TeltonikaFrameEncoder.MaxRecordsPerFrame, $"{events.Count} events fill fewer than three packets");

        await using (var sink = new TeltonikaBatchSink(new IPEndPoint(IPAddress.Loopback, TcpPort), new Dictionary<string, string> { [vehicleId] = imei }))
        {
            await sink.WriteAsync(new EventBatch(vehicleId, events), CancellationToken.None);
        }

        Assert.Equal(events.Count, await api.EndTripEventCountAsync(vehicleId));
    }

    [Theory]
    [InlineData("""{"deviceId":"356307042441099","vehicleId":"VEH-NOBODY","protocol":"teltonika"}""", HttpStatusCode.NotFound)]
    [InlineData("""{"deviceId":"356307042441099","vehicleId":"VEH-TEL-1","protocol":"gt06"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"vehicleId":"VEH-TEL-1","protocol":"osmand"}""", HttpStatusCode.BadRequest)]
    public async Task A_device_for_an_unknown_vehicle_or_protocol_is_not_registered(string body, HttpStatusCode expected)
    {
        var response = await api.Admin.PostAsync("/api/v1/admin/devices", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Only_admins_register_devices()
    {
        var response = await api.Device.PostAsJsonAsync("/api/v1/admin/devices", new { deviceId = "1", vehicleId = "VEH-TEL-1", protocol = "osmand" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
