namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// The field widths of a record's IO element, which is all that differs between Codec 8, 8 Extended and 16.
/// </summary>
/// <param name="IdSize">Bytes of each IO id and of the event IO id.</param>
/// <param name="CountSize">Bytes of the total IO count and of each group's count.</param>
/// <param name="HasGenerationType">Codec 16 sends a generation-type byte after the event IO id.</param>
/// <param name="HasVariableGroup">Codec 8 Extended ends with a group of (id, length, bytes) values.</param>
internal sealed record TeltonikaIoLayout(int IdSize, int CountSize, bool HasGenerationType, bool HasVariableGroup)
{
    public static readonly TeltonikaIoLayout Codec8 = new(1, 1, false, false);
    public static readonly TeltonikaIoLayout Codec8Extended = new(2, 2, false, true);
    public static readonly TeltonikaIoLayout Codec16 = new(2, 1, true, false);

    public static TeltonikaIoLayout? For(TeltonikaCodec codec) => codec switch
    {
        TeltonikaCodec.Codec8 => Codec8,
        TeltonikaCodec.Codec8Extended => Codec8Extended,
        TeltonikaCodec.Codec16 => Codec16,
        _ => null,
    };
}
