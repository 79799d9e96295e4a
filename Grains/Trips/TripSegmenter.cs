using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// Splits one delivery of a vehicle's events, in fix-time order, where a trip ends inside it: after a fix with the
/// ignition off that is followed by one with it on, and across a silence of at least <c>maxGap</c>. A device that
/// was offline flushes several trips in one batch; without this they were merged into one, the parking between them
/// counted as driving.
/// </summary>
public static class TripSegmenter
{
    /// <param name="EndsTrip">Whether the trip ends after this segment (false for the last segment of a delivery).</param>
    public sealed record Segment(IReadOnlyList<TelematicsEvent> Events, bool EndsTrip);

    public static IReadOnlyList<Segment> Split(IReadOnlyList<TelematicsEvent> events, TimeSpan maxGap)
    {
        // OrderBy is stable: of two events at the same time the first delivered stays first, as the trip keeps it.
        var ordered = events.OrderBy(e => e.Timestamp).ToList();
        var segments = new List<Segment>();
        var start = 0;
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            var ignitionTurnedOn = previous.Ignition == false && ordered[i].Ignition == true;
            if (ignitionTurnedOn || ordered[i].Timestamp - previous.Timestamp >= maxGap)
            {
                segments.Add(new Segment(ordered[start..i], EndsTrip: true));
                start = i;
            }
        }

        if (start < ordered.Count)
        {
            segments.Add(new Segment(ordered[start..], EndsTrip: false));
        }

        return segments;
    }
}
