using Telematics.Trips;

namespace Telematics.Api.Web.Services;

/// <summary>A milestone: reached or not, and how far along.</summary>
public sealed record Milestone(string Title, bool Reached, double Progress);

/// <summary>
/// Rewards from the driver's real trips: a smooth trip is one with no harsh braking and no harsh acceleration at the
/// model's lowest threshold (6 mph/s), the counts every trip's features keep. Streaks count smooth trips in a row,
/// newest first for the current one.
/// </summary>
public sealed record DriverRewards(int CurrentStreak, int BestStreak, int SmoothTrips, int Trips, double Miles, IReadOnlyList<Milestone> Milestones)
{
    /// <summary>Streaks of smooth trips in a row that earn a badge.</summary>
    public static readonly IReadOnlyList<int> StreakMilestones = [5, 10, 25, 50];

    /// <summary>Miles driven that earn a badge.</summary>
    public static readonly IReadOnlyList<double> MileMilestones = [100, 500, 1000];

    public static bool IsSmooth(TripFeatures features) => features.HarshBrakings == 0 && features.HarshAccelerations == 0;

    /// <param name="newestFirst">The driver's completed trips, newest first, as the trip store pages them.</param>
    public static DriverRewards Of(IReadOnlyList<TripSummary> newestFirst)
    {
        var features = newestFirst.Select(t => t.Features).OfType<TripFeatures>().ToList();
        var current = features.TakeWhile(IsSmooth).Count();
        int best = 0, run = 0;
        foreach (var trip in features)
        {
            run = IsSmooth(trip) ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        var miles = features.Sum(f => f.DistanceMiles);
        var milestones = StreakMilestones.Select(n => new Milestone($"{n} smooth trips in a row", best >= n, Math.Min(1, best / (double)n)))
            .Concat(MileMilestones.Select(m => new Milestone($"{m:N0} miles driven", miles >= m, Math.Min(1, miles / m))))
            .ToList();
        return new DriverRewards(current, best, features.Count(IsSmooth), features.Count, miles, milestones);
    }
}
