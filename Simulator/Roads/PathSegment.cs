namespace Telematics.Simulator.Roads;

/// <summary>
/// A straight line (<see cref="Curvature"/> 0) or a circular arc of a path, starting at <see cref="StartM"/>
/// along it. <see cref="Curvature"/> is 1/radius, positive for a left-hand bend.
/// </summary>
public sealed record PathSegment(double StartM, double LengthM, Vector2 Start, double HeadingRad, double Curvature)
{
    public double EndM => StartM + LengthM;

    /// <summary>Where the segment is <paramref name="distanceM"/> metres in, and which way it points there.</summary>
    public PathPoint At(double distanceM)
    {
        var direction = new Vector2(Math.Cos(HeadingRad), Math.Sin(HeadingRad));
        if (Curvature == 0)
        {
            return new PathPoint(Start + direction * distanceM, HeadingRad);
        }

        var turned = distanceM * Curvature;
        var centre = Start + direction.LeftNormal / Curvature;
        return new PathPoint(centre + (Start - centre).Rotate(turned), HeadingRad + turned);
    }
}
