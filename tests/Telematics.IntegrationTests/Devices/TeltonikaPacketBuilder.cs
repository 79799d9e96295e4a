using System.Buffers.Binary;
using System.Text;
using Telematics.Api.Devices.Teltonika;

namespace Telematics.IntegrationTests.Devices;

/// <summary>Builds what a Teltonika device sends: the IMEI frame, Codec 8 TCP packets and UDP datagrams.</summary>
internal static class TeltonikaPacketBuilder
{
    public static byte[] Imei(string imei) => [0, (byte)imei.Length, .. Encoding.ASCII.GetBytes(imei)];

    public static byte[] TcpPacket(IReadOnlyList<DeviceFix> fixes)
    {
        var data = AvlData(fixes);
        var packet = new byte[data.Length + TeltonikaTcpPacket.EnvelopeSize];
        BinaryPrimitives.WriteInt32BigEndian(packet.AsSpan(4), data.Length);
        data.CopyTo(packet, 8);
        BinaryPrimitives.WriteInt32BigEndian(packet.AsSpan(8 + data.Length), Crc16Ibm.Compute(data));
        return packet;
    }

    public static byte[] UdpPacket(ushort packetId, byte avlPacketId, string imei, IReadOnlyList<DeviceFix> fixes)
    {
        byte[] body = [0, 0, 0, 0, 0x01, avlPacketId, .. Imei(imei), .. AvlData(fixes)];
        BinaryPrimitives.WriteUInt16BigEndian(body, (ushort)(body.Length - 2));
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(2), packetId);
        return body;
    }

    /// <summary>Codec 8: each record carries the GPS element and one IO element, ignition (239).</summary>
    private static byte[] AvlData(IReadOnlyList<DeviceFix> fixes)
    {
        const int recordSize = 8 + 1 + 4 + 4 + 2 + 2 + 1 + 2 + 2 + 3 + 3;
        var data = new byte[3 + recordSize * fixes.Count];
        data[0] = (byte)TeltonikaCodec.Codec8;
        data[1] = data[^1] = (byte)fixes.Count;
        for (var i = 0; i < fixes.Count; i++)
        {
            var fix = fixes[i];
            var record = data.AsSpan(2 + i * recordSize, recordSize);
            BinaryPrimitives.WriteInt64BigEndian(record, fix.Time.ToUnixTimeMilliseconds());
            BinaryPrimitives.WriteInt32BigEndian(record[9..], (int)Math.Round(fix.Longitude * 1e7));
            BinaryPrimitives.WriteInt32BigEndian(record[13..], (int)Math.Round(fix.Latitude * 1e7));
            record[21] = 9;
            BinaryPrimitives.WriteUInt16BigEndian(record[22..], (ushort)fix.SpeedKmh);
            record[25] = 1; // total IO count
            record[26] = 1; // one 1-byte IO:
            record[27] = 239;
            record[28] = fix.Ignition ? (byte)1 : (byte)0;
        }

        return data;
    }
}
