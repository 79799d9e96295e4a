using Telematics.Telemetry;

namespace Telematics.UnitTests.Trips;

/// <summary>Builds event sequences of known motion: due east along a parallel at a given rate.</summary>
internal sealed class TripBuilder(DateTimeOffset start, double latitude = 45.5, double longitude = -73.6)
{
    private const double MetresPerDegreeLatitude = 111_195.08;
    private readonly List<TelematicsEvent> _events = [];
    private DateTimeOffset _time = start;
    private double _longitude = longitude;

    /// <summary>Drives at constant speed for <paramref name="seconds"/>, sampling at <paramref name="hz"/>.</summary>
    public TripBuilder Cruise(double speedMps, int seconds, int hz = 1, double accelLong = 0, double accelLat = 0)
    {
        var step = 1.0 / hz;
        var metresPerDegreeLongitude = MetresPerDegreeLatitude * Math.Cos(latitude * Math.PI / 180);
        for (var i = 0; i < seconds * hz; i++)
        {
            _events.Add(new TelematicsEvent(_time, latitude, _longitude, speedMps, 90, accelLong, accelLat, 5, true));
            _time = _time.AddSeconds(step);
            _longitude += speedMps * step / metresPerDegreeLongitude;
        }

        return this;
    }

    public List<TelematicsEvent> Build() => [.. _events];
}
