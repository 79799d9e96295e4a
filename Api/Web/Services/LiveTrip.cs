using Telematics.Api.Web.Formatting;
using Telematics.Live;

namespace Telematics.Api.Web.Services;

/// <summary>What the Live driving page draws of the trip under way: its trail so far, its harsh moments, where it is now.</summary>
public sealed class LiveTrip
{
    /// <summary>The trail keeps this many newest points: a long trip's page holds a bounded path.</summary>
    public const int MaxPoints = 500;

    private readonly List<double[]> _trail = [];
    private readonly List<HarshMoment> _harsh = [];

    public LiveTrip(TripProgress first)
    {
        Latest = first;
        Apply(first);
    }

    public string TripId => Latest.TripId;

    public TripProgress Latest { get; private set; }

    public IReadOnlyList<double[]> Trail => _trail;

    /// <summary>Newest first.</summary>
    public IReadOnlyList<HarshMoment> HarshMoments => _harsh;

    /// <summary>Takes the trip's next progress; false for another trip's, which the caller starts a new <see cref="LiveTrip"/> for.</summary>
    public bool Apply(TripProgress progress)
    {
        if (progress.TripId != TripId)
        {
            return false;
        }

        Latest = progress;
        if (_trail.Count == 0 || _trail[^1][0] != progress.Latitude || _trail[^1][1] != progress.Longitude)
        {
            _trail.Add([progress.Latitude, progress.Longitude]);
            if (_trail.Count > MaxPoints)
            {
                _trail.RemoveAt(0);
            }
        }

        _harsh.InsertRange(0, progress.HarshMoments.OrderByDescending(m => m.At));
        return true;
    }

    /// <summary>The map's markers (styles in <c>wwwroot/js/route-map.js</c>): the trail's start, each harsh moment, and where the car is now.</summary>
    public IReadOnlyList<RouteMarker> Markers() =>
    [
        new("start", _trail[0][0], _trail[0][1], ""),
        .. _harsh.Select(m => new RouteMarker(m.Braking ? "harshBraking" : "harshAcceleration", m.Latitude, m.Longitude, Units.MphPerSecond(m.MphPerSecond))),
        new(Latest.Ended ? "end" : "current", Latest.Latitude, Latest.Longitude, Units.MphOfMps(Latest.SpeedMps)),
    ];
}
