using System.Buffers.Binary;
using System.Globalization;
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
/// a real FMB tracker reports, and, for a tracker's own harsh-event record, green driving (253 type, 254 value); other
/// events fields have no Codec 8 form and are left out.
/// </remarks>
public static class TeltonikaFrameEncoder
{
    /// <summary>The record count is one byte on the wire.</summary>
    public const int MaxRecordsPerFrame = 255;

    private const byte Codec8 = 0x08;
    private const byte SatellitesInView = 10;

    /// <summary>Timestamp 8, priority 1, GPS element 15, event IO id 1, IO total 1, four group counts 4, two 1-byte IO elements 4.</summary>
    private const int RecordSize = 34;

    /// <summary>Green-driving type (253) and value (254), two more 1-byte IO elements.</summary>
    private const int GreenDrivingSize = 4;

    private const double StandardGravityMps2 = 9.80665;

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
        var greenDriving = events.Select(GreenDriving).ToArray();
        var dataLength = 3 + greenDriving.Sum(g => g is null ? RecordSize : RecordSize + GreenDrivingSize);
        var frame = new byte[HeaderSize + dataLength + CrcSize];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(4), dataLength);
        var data = frame.AsSpan(HeaderSize, dataLength);
        data[0] = Codec8;
        data[1] = (byte)events.Count;
        var offset = 2;
        for (var i = 0; i < events.Count; i++)
        {
            offset += WriteRecord(data[offset..], events[i], greenDriving[i]);
        }

        data[^1] = (byte)events.Count;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(HeaderSize + dataLength), TeltonikaCrc.Compute(data));
        return frame;
    }

    /// <returns>The bytes written.</returns>
    private static int WriteRecord(Span<byte> record, TelematicsEvent e, (byte Type, byte Value)? greenDriving)
    {
        BinaryPrimitives.WriteInt64BigEndian(record, e.Timestamp.ToUnixTimeMilliseconds());
        // record[8], the priority: low for periodic tracking, high for the device's own event.
        record[8] = greenDriving is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt32BigEndian(record[9..], (int)Math.Round(e.Longitude * 1e7));
        BinaryPrimitives.WriteInt32BigEndian(record[13..], (int)Math.Round(e.Latitude * 1e7));
        // record[17..19], the altitude, stays 0: the simulated city is flat.
        BinaryPrimitives.WriteUInt16BigEndian(record[19..], (ushort)(Math.Round(e.HeadingDeg) % 360));
        record[21] = SatellitesInView;
        BinaryPrimitives.WriteUInt16BigEndian(record[22..], (ushort)Math.Round(e.SpeedMps * 3.6));
        // record[24], the event IO id: none for a periodic record (no IO change triggered it), green driving for an event.
        record[24] = greenDriving is null ? (byte)0 : (byte)TeltonikaIoIds.GreenDrivingType;
        var ioCount = greenDriving is null ? (byte)2 : (byte)4;
        record[25] = ioCount;
        record[26] = ioCount;
        // Codec 8 gives an IO id one byte (Codec 8E two).
        record[27] = (byte)TeltonikaIoIds.Ignition;
        record[28] = e.Ignition == false ? (byte)0 : (byte)1;
        record[29] = (byte)TeltonikaIoIds.Movement;
        record[30] = e.SpeedMps > 0 ? (byte)1 : (byte)0;
        var end = 31;
        if (greenDriving is { } g)
        {
            record[31] = (byte)TeltonikaIoIds.GreenDrivingType;
            record[32] = g.Type;
            record[33] = (byte)TeltonikaIoIds.GreenDrivingValue;
            record[34] = g.Value;
            end = 35;
        }

        // The counts of the 2-, 4- and 8-byte groups stay 0.
        record[end..(end + 3)].Clear();
        return end + 3;
    }

    /// <summary>
    /// The green-driving IO of an event the Api's decoder would have made from one (its alarm names the type, its harsh
    /// intensity is the value, in g × 100); none for a periodic fix.
    /// </summary>
    private static (byte Type, byte Value)? GreenDriving(TelematicsEvent e)
    {
        byte? type = e.Attributes?.GetValueOrDefault(DeviceAttributes.Alarm) switch
        {
            DeviceAlarms.HardAcceleration => 1,
            DeviceAlarms.HardBraking => 2,
            DeviceAlarms.HardCornering => 3,
            _ => null,
        };
        var intensity = e.Attributes?.GetValueOrDefault(DeviceAttributes.HarshIntensityMps2) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : 0;
        return type is { } t ? (t, (byte)Math.Clamp(Math.Round(intensity / StandardGravityMps2 * 100), 0, 255)) : null;
    }
}
