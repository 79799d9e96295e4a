using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Telematics.Simulator.Api;
using Telematics.Simulator.Devices;
using Telematics.Simulator.Driving;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Simulator;

/// <summary>
/// The sink against a scripted peer on a loopback socket, for what the Api's listener does not do on demand: drop a
/// connection mid-packet, or acknowledge fewer records than were sent.
/// </summary>
public sealed class TeltonikaBatchSinkTests
{
    private const string VehicleId = "VEH-0001";
    private static readonly string Imei = DeviceImei.For(1);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_packet_whose_connection_drops_is_sent_again_on_a_new_connection()
    {
        using var server = Listen();
        var peer = Task.Run(async () =>
        {
            using (var first = await AcceptDeviceAsync(server))
            {
                await AcknowledgeAsync(first, await ReadFrameAsync(first));
                await ReadFrameAsync(first);
            }

            using var second = await AcceptDeviceAsync(server);
            return await AcknowledgeAsync(second, await ReadFrameAsync(second));
        });
        var events = Events(20);

        await using (var sink = Sink(server))
        {
            await sink.WriteAsync(new EventBatch(VehicleId, events[..10]), CancellationToken.None);
            await sink.WriteAsync(new EventBatch(VehicleId, events[10..]), CancellationToken.None);
        }

        Assert.Equal(10, await peer.WaitAsync(Timeout));
    }

    [Fact]
    public async Task Fewer_records_acknowledged_than_sent_is_an_error_naming_the_vehicle()
    {
        using var server = Listen();
        var peer = Task.Run(async () =>
        {
            using var client = await AcceptDeviceAsync(server);
            await ReadFrameAsync(client);
            await client.GetStream().WriteAsync(new byte[] { 0, 0, 0, 3 });
        });
        await using var sink = Sink(server);

        var error = await Assert.ThrowsAsync<IOException>(() => sink.WriteAsync(new EventBatch(VehicleId, Events(5)), CancellationToken.None));

        Assert.Contains("acknowledged 3 of 5 records of VEH-0001", error.Message);
        await peer.WaitAsync(Timeout);
    }

    [Fact]
    public async Task A_batch_above_the_codec_limit_goes_as_several_packets()
    {
        using var server = Listen();
        var peer = Task.Run(async () =>
        {
            using var client = await AcceptDeviceAsync(server);
            return new[] { await AcknowledgeAsync(client, await ReadFrameAsync(client)), await AcknowledgeAsync(client, await ReadFrameAsync(client)) };
        });
        await using var sink = Sink(server);

        await sink.WriteAsync(new EventBatch(VehicleId, Events(300)), CancellationToken.None);

        var packets = await peer.WaitAsync(Timeout);
        Assert.Equal([TeltonikaFrameEncoder.MaxRecordsPerFrame, 300 - TeltonikaFrameEncoder.MaxRecordsPerFrame], packets);
    }

    private static TcpListener Listen()
    {
        var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        return server;
    }

    private static TeltonikaBatchSink Sink(TcpListener server) =>
        new(new IPEndPoint(IPAddress.Loopback, ((IPEndPoint)server.LocalEndpoint).Port), new Dictionary<string, string> { [VehicleId] = Imei });

    private static List<TelematicsEvent> Events(int count) =>
        new TripGenerator(new Random(3)).Generate(DrivingProfile.Safe, DateTimeOffset.UtcNow.AddHours(-1), 45.5, -73.57, legs: 20).Events.Take(count).ToList();

    /// <summary>Accepts the sink's next connection and its IMEI handshake.</summary>
    private static async Task<TcpClient> AcceptDeviceAsync(TcpListener server)
    {
        var client = await server.AcceptTcpClientAsync();
        var imei = await ReadAsync(client, 2 + Imei.Length);
        Assert.Equal(Imei, System.Text.Encoding.ASCII.GetString(imei, 2, Imei.Length));
        await client.GetStream().WriteAsync(new byte[] { 1 });
        return client;
    }

    /// <summary>Reads one Codec 8 packet and returns its record count.</summary>
    private static async Task<int> ReadFrameAsync(TcpClient client)
    {
        var header = await ReadAsync(client, 8);
        var body = await ReadAsync(client, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)) + 4);
        return body[1];
    }

    private static async Task<int> AcknowledgeAsync(TcpClient client, int records)
    {
        var ack = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(ack, records);
        await client.GetStream().WriteAsync(ack);
        return records;
    }

    private static async Task<byte[]> ReadAsync(TcpClient client, int count)
    {
        var buffer = new byte[count];
        await client.GetStream().ReadExactlyAsync(buffer).AsTask().WaitAsync(Timeout);
        return buffer;
    }
}
