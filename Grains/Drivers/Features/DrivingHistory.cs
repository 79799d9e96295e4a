using Telematics.Trips;

namespace Telematics.Drivers.Features;

/// <summary>
/// A driver's trips as sums per period (<see cref="DrivingPeriod"/>), oldest first: bounded by the window, not by the
/// trips. Stored as <see cref="StoredDrivingHistory"/>.
/// </summary>
public sealed class DrivingHistory(List<DrivingPeriod> periods)
{
    public DrivingHistory()
        : this([])
    {
    }

    public List<DrivingPeriod> Periods { get; } = periods;

    public int TripCount => Periods.Sum(p => p.TripCount);

    public double DistanceMiles => Periods.Sum(p => p.DistanceM) / DrivingPeriod.MetresPerMile;

    /// <summary>Adds a trip to the period it ended in; a trip usually ends in the latest period, so the search starts there.</summary>
    public void Add(TripFeatures trip)
    {
        var first = DrivingPeriod.FirstOf(trip.LocalEndDate);
        var index = Periods.Count;
        while (index > 0 && Periods[index - 1].First > first)
        {
            index--;
        }

        if (index == 0 || Periods[index - 1].First != first)
        {
            Periods.Insert(index, new DrivingPeriod(first));
            index++;
        }

        Periods[index - 1].Add(trip);
    }

    /// <summary>Forgets the periods before the window's first: they can never come back into it.</summary>
    public void DropBefore(FeatureWindow window) => Periods.RemoveAll(p => p.First < window.FirstPeriod);

    public IEnumerable<DrivingPeriod> In(FeatureWindow window) => Periods.Where(p => p.First >= window.FirstPeriod);

    public static DrivingHistory Of(IEnumerable<TripFeatures> trips)
    {
        var history = new DrivingHistory();
        foreach (var trip in trips)
        {
            history.Add(trip);
        }

        return history;
    }
}
