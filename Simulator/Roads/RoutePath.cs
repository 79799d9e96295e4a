namespace Telematics.Simulator.Roads;

/// <summary>
/// The geometry of a route: straight streets joined at each turn by a circular arc of the corner's kerb radius,
/// so that heading and curvature are defined everywhere and lateral acceleration is v² × curvature.
/// </summary>
public sealed class RoutePath
{
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

    public static RoutePath Build(RoadNetwork network, Route route)
    {
        var points = route.Junctions.Select(network.Position).ToList();
        var segments = new List<PathSegment>();
        var streets = new List<StreetSpan>();
        var corners = new List<CornerSpan>();
        var stops = new double[points.Count];
        var cursor = points[0];
        var streetStartM = 0.0;
        for (var k = 1; k < points.Count; k++)
        {
            var incoming = (points[k] - points[k - 1]).Unit;
            var roadClass = network.ClassOf(route.Junctions[k - 1], route.Junctions[k]);
            var isLast = k == points.Count - 1;
            var outgoing = isLast ? incoming : (points[k + 1] - points[k]).Unit;
            var turn = Math.Atan2(Vector2.Cross(incoming, outgoing), Vector2.Dot(incoming, outgoing));
            var radius = isLast ? 0 : Math.Min(RoadClasses.CornerRadiusM(roadClass), RoadClasses.CornerRadiusM(network.ClassOf(route.Junctions[k], route.Junctions[k + 1])));
            // The arc is tangent to both streets; it starts this far before the junction and ends as far after it.
            var tangentM = Math.Abs(turn) < 1e-9 ? 0 : radius * Math.Tan(Math.Abs(turn) / 2);
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
            streets.Add(new StreetSpan(streetStartM, streetEndM, roadClass));
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
