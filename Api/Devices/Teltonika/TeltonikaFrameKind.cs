namespace Telematics.Api.Devices.Teltonika;

public enum TeltonikaFrameKind
{
    /// <summary>A lone 0xFF some firmware sends on an idle link; never acknowledged.</summary>
    KeepAlive,

    /// <summary>Two-byte length and the IMEI in ASCII: the first frame of a connection.</summary>
    Imei,

    /// <summary>Zero preamble, data field length, data, CRC: AVL records or a command response.</summary>
    Packet,

    /// <summary>A length no device sends; the stream cannot be re-synchronised, so the connection is closed.</summary>
    Oversized,
}
