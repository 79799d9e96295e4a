using System.Buffers.Binary;
using System.Text;
using Telematics.Devices;
using Telematics.Telemetry;

namespace Telematics.Simulator.Devices;

/// <summary>
/// Writes what a Teltonika tracker sends over TCP: the IMEI handshake and Codec 8 AVL packets (zero preamble, data
/// length, codec, count, records, count, CRC-16/IBM). Pure: events in, bytes out.
/// </summary>
/// <remarks>
/// Each record carries position, heading, speed and two IO elements, ignition (239) and movement (240), the minimum
/// a real FMB tracker reports; other events fields have no Codec 8 form and are left out.
/// </remarks>
public static class TeltonikaFrameEncoder
{
    /// <summary>The record count is one byte on the wire.</summary>
    public const int MaxRecordsPerFrame = 255;

    private const byte Codec8 = 0x08;
    private const byte SatellitesInView = 10;

    /// <summary>Timestamp 8, priority 1, GPS element 15, event IO id 1, IO total 1, four group counts 4, two 1-byte IO elements 4.</summary>
    private const int RecordSize = 34;

    /// <summary>Preamble 4 and data length 4 before the data field.</summary>
    private const int HeaderSize = 8;

    private const int CrcSize = 4;

    /// <summary>The IMEI's length (2 bytes big-endian) and its ASCII digits.</summary>
    public static byte[] Handshake(string imei)
    {
        var frame = new byte[2 + imei.Length];
        BinaryPrimitives.WriteUInt16BigEndian(frame, (ushort)imei.Length);
        Encoding.ASCII.GetBytes(imei, frame.AsSpan(2));
        return frame;
    }

    public static byte[] Frame(IReadOnlyList<TelematicsEvent> events)
    {
        ArgumentOutOfRangeException.ThrowIfZero(events.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(events.Count, MaxRecordsPerFrame);
        var dataLength = 3 + events.Count * RecordSize;
        var frame = new byte[HeaderSize + dataLength + CrcSize];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(4), dataLength);
        var data = frame.AsSpan(HeaderSize, dataLength);
        data[0] = Codec8;
        data[1] = (byte)events.Count;
        for (var i = 0; i < events.Count; i++)
        {
            WriteRecord(data.Slice(2 + i * RecordSize, RecordSize), events[i]);
        }

        data[^1] = (byte)events.Count;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(HeaderSize + dataLength), TeltonikaCrc.Compute(data));
        return frame;
    }

    private static void WriteRecord(Span<byte> record, TelematicsEvent e)
    {
        BinaryPrimitives.WriteInt64BigEndian(record, e.Timestamp.ToUnixTimeMilliseconds());
        // record[8], the priority, stays 0 (low): periodic tracking, not an alarm.
        BinaryPrimitives.WriteInt32BigEndian(record[9..], (int)Math.Round(e.Longitude * 1e7));
        BinaryPrimitives.WriteInt32BigEndian(record[13..], (int)Math.Round(e.Latitude * 1e7));
        // record[17..19], the altitude, stays 0: the simulated city is flat.
        BinaryPrimitives.WriteUInt16BigEndian(record[19..], (ushort)(Math.Round(e.HeadingDeg) % 360));
        record[21] = SatellitesInView;
        BinaryPrimitives.WriteUInt16BigEndian(record[22..], (ushort)Math.Round(e.SpeedMps * 3.6));
        // record[24], the event IO id, stays 0: no IO change triggered the record.
        record[25] = 2;
        record[26] = 2;
        // Codec 8 gives an IO id one byte (Codec 8E two).
        record[27] = (byte)TeltonikaIoIds.Ignition;
        record[28] = e.Ignition == false ? (byte)0 : (byte)1;
        record[29] = (byte)TeltonikaIoIds.Movement;
        record[30] = e.SpeedMps > 0 ? (byte)1 : (byte)0;
        // record[31..34], the counts of the 2-, 4- and 8-byte groups, stay 0.
    }
}
