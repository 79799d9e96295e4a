namespace Telematics.Api.Devices.Teltonika;

/// <summary>The codec id byte that opens a Teltonika AVL packet's data field.</summary>
public enum TeltonikaCodec : byte
{
    /// <summary>Legacy GH3000 personal trackers ("codec 7"): a record layout of its own, gated by bit masks.</summary>
    Gh3000 = 0x07,
    Codec8 = 0x08,
    Codec12 = 0x0C,
    Codec13 = 0x0D,
    Codec16 = 0x10,
    Codec8Extended = 0x8E,
}
