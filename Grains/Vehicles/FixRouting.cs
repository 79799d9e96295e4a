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
    /// for one trip go together.
    /// </summary>
    /// <param name="ordered">The fixes in time order.</param>
    /// <param name="closing">The closing trips, earliest end first.</param>
    public static IReadOnlyList<Route> Split(
        IReadOnlyList<TelematicsEvent> ordered, IReadOnlyList<ClosingTrip> closing, string? lastTripId, DateTimeOffset? lastTripEndedAt)
    {
        var routes = new List<(string? TripId, List<TelematicsEvent> Events)>();
        foreach (var e in ordered)
        {
            var closingTrip = closing.FirstOrDefault(c => c.EndsAt >= e.Timestamp);
            var tripId = e.Timestamp <= lastTripEndedAt && !(closingTrip?.EndsAt <= lastTripEndedAt) ? lastTripId : closingTrip?.TripId;
            if (routes.Count > 0 && routes[^1].TripId == tripId)
            {
                routes[^1].Events.Add(e);
            }
            else
            {
                routes.Add((tripId, [e]));
            }
        }

        return routes.Select(r => new Route(r.TripId, r.Events)).ToList();
    }
}
