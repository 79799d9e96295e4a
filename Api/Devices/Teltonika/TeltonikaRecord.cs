namespace Telematics.Api.Devices.Teltonika;

/// <summary>
/// One AVL record as the device sent it: coordinates as signed degrees × 10⁷ (exact, as on the wire), speed in km/h,
/// and the IO elements in the order they came. Unit conversion happens in <see cref="TeltonikaEventMapper"/>.
/// </summary>
/// <param name="HasLocation">False for a GH3000 record sent without coordinates; every other codec always has them.</param>
public sealed record TeltonikaRecord(
    DateTimeOffset Timestamp,
    byte Priority,
    int LongitudeE7,
    int LatitudeE7,
    short AltitudeM,
    ushort AngleDeg,
    byte Satellites,
    ushort SpeedKmh,
    ushort EventIoId,
    byte? GenerationType,
    TeltonikaIoElement[] IoElements,
    bool HasLocation = true)
{
    public double Latitude => LatitudeE7 / 1e7;

    public double Longitude => LongitudeE7 / 1e7;
}
