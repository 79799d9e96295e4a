using Telematics.Telemetry;

namespace Telematics.UnitTests.Trips;

/// <summary>
/// Builds event sequences of known motion: due east along a parallel, the reported speed integrating exactly
/// to the positions, each reading held until the next sample.
/// </summary>
internal sealed class TripBuilder(DateTimeOffset start, double latitude = 45.5, double longitude = -73.6)
{
    private const double MetresPerDegreeLatitude = 111_195.08;
    private readonly List<TelematicsEvent> _events = [];
    private DateTimeOffset _time = start;
    private double _longitude = longitude;

    private double MetresPerDegreeLongitude => MetresPerDegreeLatitude * Math.Cos(latitude * Math.PI / 180);

    /// <summary>Drives at constant speed for <paramref name="seconds"/>, sampling at <paramref name="hz"/>.</summary>
    public TripBuilder Cruise(double speedMps, double seconds, int hz = 1, double accelLong = 0, double accelLat = 0)
    {
        var step = 1.0 / hz;
        for (var i = 0; i < Math.Round(seconds * hz); i++)
        {
            _events.Add(new TelematicsEvent(_time, latitude, _longitude, speedMps, 90, accelLong, accelLat, 5, true));
            Advance(speedMps, step);
        }

        return this;
    }

    /// <summary>Moves on at <paramref name="speedMps"/> for <paramref name="seconds"/> without reporting anything.</summary>
    public TripBuilder Silence(double speedMps, double seconds)
    {
        Advance(speedMps, seconds);
        return this;
    }

    public List<TelematicsEvent> Build() => [.. _events];

    private void Advance(double speedMps, double seconds)
    {
        _time = _time.AddSeconds(seconds);
        _longitude += speedMps * seconds / MetresPerDegreeLongitude;
    }
}
