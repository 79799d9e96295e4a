using Telematics.Simulator.Roads;

namespace Telematics.Simulator.Sensors;

/// <summary>Maps the local plane (metres east and north of an origin) to and from latitude and longitude; exact enough across a city.</summary>
public sealed class LocalProjection(double originLatitude, double originLongitude)
{
    private const double MetresPerDegreeLatitude = 111_195.08;
    private readonly double _metresPerDegreeLongitude = MetresPerDegreeLatitude * Math.Cos(originLatitude * Math.PI / 180);

    public (double Latitude, double Longitude) ToGeographic(Vector2 local) =>
        (originLatitude + local.Y / MetresPerDegreeLatitude, originLongitude + local.X / _metresPerDegreeLongitude);

    public Vector2 ToLocal(double latitude, double longitude) =>
        new((longitude - originLongitude) * _metresPerDegreeLongitude, (latitude - originLatitude) * MetresPerDegreeLatitude);
}
