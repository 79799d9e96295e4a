namespace Telematics.Api.Devices.Teltonika;

/// <summary>What a listener makes of one packet. Only <see cref="Accepted"/> packets yield records and an acknowledgement.</summary>
public enum TeltonikaVerdict
{
    Accepted,

    /// <summary>The CRC-16/IBM field does not match the data: the device resends what it gets no ACK for.</summary>
    BadCrc,

    /// <summary>A length field disagrees with the bytes present, or the preamble is not zero.</summary>
    BadLength,

    /// <summary>The record count before the records differs from the one after them.</summary>
    CountMismatch,

    /// <summary>The records run past the end of the data field.</summary>
    Truncated,

    /// <summary>A Codec 12/13 command response: it carries no position and gets no count ACK.</summary>
    CommandResponse,

    /// <summary>A codec id this server does not know.</summary>
    UnsupportedCodec,
}
