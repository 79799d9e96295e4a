using Telematics.Trips;

namespace Telematics.Drivers;

/// <summary>
/// Converts a <see cref="DriverState"/> stored before trips were kept as sums per period, notifications apart and scores
/// packed: its trips become the sums and go to the trip store, its notifications move to their own state, its scores
/// to <see cref="DriverState.Scores"/>.
/// </summary>
public static class DriverStateUpgrade
{
    public static bool IsNeeded(DriverState state) => state.Trips is not null || state.Notifications is not null || state.ScoreHistory is not null;

    /// <summary>Converts in memory; returns the trips the caller must store before it writes the converted state.</summary>
    public static IReadOnlyList<TripSummary> Apply(DriverState state, DriverNotificationsState notifications, int recentTripIdsKept)
    {
        var counted = (state.Trips ?? []).Where(t => t.Features is not null).ToList();
        if (state.Trips is not null)
        {
            foreach (var trip in counted)
            {
                state.History.Add(trip.Features!);
            }

            state.RecentTripIds = [.. counted.TakeLast(recentTripIdsKept).Select(t => t.TripId)];
        }

        if (state.Notifications is { } stored)
        {
            notifications.Items = stored;
        }

        if (state.ScoreHistory is { } scores)
        {
            state.Scores = new RecentScores(scores);
        }

        state.Trips = null;
        state.Notifications = null;
        state.ScoreHistory = null;
        return counted;
    }
}
