namespace Telematics.Simulator.Roads;

/// <summary>
/// The geometry of a route: straight streets joined at each turn by a circular arc of the corner's kerb radius,
/// so that heading and curvature are defined everywhere and lateral acceleration is v² × curvature.
/// </summary>
public sealed class RoutePath
{
    /// <summary>Sharper than this is a U-turn, which a path of arcs tangent to both streets cannot make.</summary>
    private const double MaxTurnRad = 170 * Math.PI / 180;

    /// <summary>A corner's arc may take at most this share of either street it joins.</summary>
    private const double MaxCornerShare = 0.45;

    private readonly List<PathSegment> _segments;

    private RoutePath(List<PathSegment> segments, List<StreetSpan> streets, List<CornerSpan> corners, double[] stopPointsM)
    {
        _segments = segments;
        Streets = streets;
        Corners = corners;
        JunctionStopsM = stopPointsM;
    }

    public double LengthM => _segments[^1].EndM;

    /// <summary>The streets driven, in order, each from junction to junction.</summary>
    public IReadOnlyList<StreetSpan> Streets { get; }

    /// <summary>The turns, in order.</summary>
    public IReadOnlyList<CornerSpan> Corners { get; }

    /// <summary>For each junction of the route, where along the path a vehicle stopping there halts: before the corner.</summary>
    public IReadOnlyList<double> JunctionStopsM { get; }

    public static RoutePath Build(Route route)
    {
        var waypoints = route.Waypoints;
        var points = waypoints.Select(w => w.Position).ToList();
        var segments = new List<PathSegment>();
        var streets = new List<StreetSpan>();
        var corners = new List<CornerSpan>();
        var stops = new double[points.Count];
        var cursor = points[0];
        var streetStartM = 0.0;
        for (var k = 1; k < points.Count; k++)
        {
            var incoming = (points[k] - points[k - 1]).Unit;
            var limit = waypoints[k - 1].SpeedLimitMps;
            var isLast = k == points.Count - 1;
            var outgoing = isLast ? incoming : (points[k + 1] - points[k]).Unit;
            var turn = Math.Atan2(Vector2.Cross(incoming, outgoing), Vector2.Dot(incoming, outgoing));
            if (Math.Abs(turn) > MaxTurnRad)
            {
                throw new ArgumentException($"The route turns back on itself at waypoint {k}; a car cannot take a turn of {Math.Abs(turn) * 180 / Math.PI:F0}°.", nameof(route));
            }

            // The arc is tangent to both streets; it starts this far before the junction and ends as far after it,
            // so on short streets the radius shrinks to leave each street's other end its own corner.
            var radius = isLast ? 0 : RoadClasses.CornerRadiusM(limit, waypoints[k].SpeedLimitMps);
            var room = isLast ? 0 : MaxCornerShare * Math.Min((points[k] - points[k - 1]).Length, (points[k + 1] - points[k]).Length);
            var tangentM = Math.Abs(turn) < 1e-9 ? 0 : Math.Min(radius * Math.Tan(Math.Abs(turn) / 2), room);
            radius = tangentM > 0 ? tangentM / Math.Tan(Math.Abs(turn) / 2) : 0;
            var lineEnd = points[k] - incoming * tangentM;
            var heading = Math.Atan2(incoming.Y, incoming.X);
            AddSegment(segments, cursor, (lineEnd - cursor).Length, heading, 0);
            stops[k] = segments[^1].EndM;
            if (tangentM > 0)
            {
                var sign = Math.Sign(turn);
                AddSegment(segments, lineEnd, radius * Math.Abs(turn), heading, sign / radius);
                corners.Add(new CornerSpan(segments[^1].StartM, segments[^1].EndM, radius));
            }

            // A street runs to the middle of its end junction: on a corner, half-way round the arc.
            var streetEndM = tangentM > 0 ? (segments[^1].StartM + segments[^1].EndM) / 2 : segments[^1].EndM;
            streets.Add(new StreetSpan(streetStartM, streetEndM, limit));
            streetStartM = streetEndM;
            cursor = tangentM > 0 ? points[k] + outgoing * tangentM : lineEnd;
        }

        return new RoutePath(segments, streets, corners, stops);
    }

    /// <summary>
    /// The point <paramref name="distanceM"/> along the path. <paramref name="hint"/> is the segment found last:
    /// vehicles only move forward, so the search resumes where it stopped.
    /// </summary>
    public PathPoint At(double distanceM, ref int hint)
    {
        var clamped = Math.Clamp(distanceM, 0, LengthM);
        while (hint < _segments.Count - 1 && clamped > _segments[hint].EndM)
        {
            hint++;
        }

        return _segments[hint].At(clamped - _segments[hint].StartM);
    }

    private static void AddSegment(List<PathSegment> segments, Vector2 start, double lengthM, double heading, double curvature)
    {
        if (lengthM > 0)
        {
            segments.Add(new PathSegment(segments.Count > 0 ? segments[^1].EndM : 0, lengthM, start, heading, curvature));
        }
    }
}
