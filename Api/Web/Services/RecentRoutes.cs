using System.Collections.Concurrent;
using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.Api.Web.Services;

/// <summary>
/// Bounded thinned routes of the most recent trips, for the trip pages where the event archive keeps no fixes
/// (Embedded mode): at most <see cref="MaxTrips"/> trips, each at most 2 × <see cref="TripRoute.MaxPoints"/> evenly
/// spaced fixes plus its last one, and at most <see cref="MaxNotable"/> fixes that carry a harsh event or speeding,
/// so that its markers survive the thinning.
/// </summary>
public sealed class RecentRoutes
{
    public const int MaxTrips = 1_000;
    public const int MaxNotable = 200;

    private readonly ConcurrentDictionary<string, Route> _routes = new();
    private readonly ConcurrentQueue<string> _order = new();

    public void Record(string tripId, IReadOnlyList<TelematicsEvent> events)
    {
        var route = _routes.GetOrAdd(tripId, id =>
        {
            _order.Enqueue(id);
            return new Route();
        });
        lock (route)
        {
            foreach (var e in events)
            {
                route.Add(e);
            }
        }

        while (_order.Count > MaxTrips && _order.TryDequeue(out var oldest))
        {
            _routes.TryRemove(oldest, out _);
        }
    }

    /// <summary>The kept fixes of a trip, in no particular order; empty for a trip not kept.</summary>
    public IReadOnlyList<TelematicsEvent> Read(string tripId)
    {
        if (!_routes.TryGetValue(tripId, out var route))
        {
            return [];
        }

        lock (route)
        {
            return [.. route.Kept, .. route.Notable, .. route.Last is { } last ? [last] : Array.Empty<TelematicsEvent>()];
        }
    }

    private sealed class Route
    {
        private int _seen;
        private int _stride = 1;

        public List<TelematicsEvent> Kept { get; } = [];
        public List<TelematicsEvent> Notable { get; } = [];
        public TelematicsEvent? Last { get; private set; }

        public void Add(TelematicsEvent e)
        {
            if (Last is null || e.Timestamp > Last.Timestamp)
            {
                Last = e;
            }

            if (Notable.Count < MaxNotable && IsNotable(e))
            {
                Notable.Add(e);
            }

            if (_seen++ % _stride != 0)
            {
                return;
            }

            Kept.Add(e);
            if (Kept.Count >= 2 * TripRoute.MaxPoints)
            {
                // Every other fix goes, and from now on only every other one is kept: the spacing stays even.
                var halved = Kept.Where((_, i) => i % 2 == 0).ToList();
                Kept.Clear();
                Kept.AddRange(halved);
                _stride *= 2;
            }
        }

        private static bool IsNotable(TelematicsEvent e) =>
            Math.Abs(e.AccelLongMps2) / HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond >= HarshEventThresholds.LongitudinalMphPerSecond[0]
            || Math.Abs(e.AccelLatMps2) / HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond >= HarshEventThresholds.LateralMphPerSecond[0]
            || (e.SpeedLimitMps is > 0 and var limit && e.SpeedMps > limit);
    }
}
