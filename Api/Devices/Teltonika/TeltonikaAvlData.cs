namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// The decoded data field of an AVL packet. <see cref="Records"/> is empty unless the verdict is
/// <see cref="TeltonikaVerdict.Accepted"/>: nothing from a damaged packet is ever stored.
/// </summary>
/// <param name="DeclaredCount">The record count the packet announces, which is what an ACK answers with.</param>
/// <param name="BytesConsumed">How far decoding read, from the codec id through the trailing count.</param>
public sealed record TeltonikaAvlData(
    TeltonikaVerdict Verdict,
    TeltonikaCodec Codec,
    int DeclaredCount,
    IReadOnlyList<TeltonikaRecord> Records,
    int BytesConsumed)
{
    public static TeltonikaAvlData Rejected(TeltonikaVerdict verdict, TeltonikaCodec codec = default, int declaredCount = 0) =>
        new(verdict, codec, declaredCount, [], 0);
}
