namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// One IO element of a record. Fixed-width values (1, 2, 4, 8 bytes) are in <see cref="Value"/> as the unsigned
/// big-endian number sent; variable-length (Codec 8E "NX") and 16-byte values are in <see cref="Bytes"/>.
/// </summary>
public readonly record struct TeltonikaIoElement(ushort Id, ulong Value, byte[]? Bytes = null);
