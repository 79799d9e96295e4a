using Telematics.Telemetry;

namespace Telematics.Vehicles;

/// <summary>Which of a vehicle's trips each fix of a delivery belongs to, by fix time rather than by arrival.</summary>
public static class FixRouting
{
    /// <param name="TripId">The trip the fixes go to; null for the vehicle's current trip (opened if it has none).</param>
    public sealed record Route(string? TripId, IReadOnlyList<TelematicsEvent> Events);

    /// <summary>
    /// A fix goes to the ended trip, closing or the last completed one, with the earliest end at or after it (the last
    /// completed trip tells a resend from a late fix); a fix after every end goes to the current trip. Consecutive fixes
    /// for one trip go together; a delivery for one trip only is routed as it is, without a copy.
    /// </summary>
    /// <param name="ordered">The fixes in time order.</param>
    /// <param name="closing">The closing trips, earliest end first.</param>
    public static IReadOnlyList<Route> Split(
        IReadOnlyList<TelematicsEvent> ordered, IReadOnlyList<ClosingTrip> closing, string? lastTripId, DateTimeOffset? lastTripEndedAt)
    {
        if (ordered.Count == 0)
        {
            return [];
        }

        var routes = new List<Route>(1);
        var (start, tripId) = (0, TripOf(ordered[0].Timestamp, closing, lastTripId, lastTripEndedAt));
        for (var i = 1; i < ordered.Count; i++)
        {
            var next = TripOf(ordered[i].Timestamp, closing, lastTripId, lastTripEndedAt);
            if (next != tripId)
            {
                routes.Add(new Route(tripId, Range(ordered, start, i)));
                (start, tripId) = (i, next);
            }
        }

        routes.Add(new Route(tripId, start == 0 ? ordered : Range(ordered, start, ordered.Count)));
        return routes;
    }

    /// <summary>The trip of one fix, by the rule of <see cref="Split"/>.</summary>
    public static string? TripOf(DateTimeOffset fixTime, IReadOnlyList<ClosingTrip> closing, string? lastTripId, DateTimeOffset? lastTripEndedAt)
    {
        // A loop, not a lambda: this runs for every fix of every delivery, and a closure per fix tripled its allocations.
        ClosingTrip? closingTrip = null;
        for (var c = 0; c < closing.Count && closingTrip is null; c++)
        {
            closingTrip = closing[c].EndsAt >= fixTime ? closing[c] : null;
        }

        return fixTime <= lastTripEndedAt && !(closingTrip?.EndsAt <= lastTripEndedAt) ? lastTripId : closingTrip?.TripId;
    }

    private static List<TelematicsEvent> Range(IReadOnlyList<TelematicsEvent> events, int start, int end)
    {
        var range = new List<TelematicsEvent>(end - start);
        for (var i = start; i < end; i++)
        {
            range.Add(events[i]);
        }

        return range;
    }
}
