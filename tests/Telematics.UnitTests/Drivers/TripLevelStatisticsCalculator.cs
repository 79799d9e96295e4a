using Telematics.Drivers;
using Telematics.Trips;

namespace Telematics.UnitTests.Drivers;

/// <summary>The driver statistics as they were summed from every trip of the window: the reference for the weekly sums.</summary>
public static class TripLevelStatisticsCalculator
{
    public static DriverStatistics From(IReadOnlyCollection<TripFeatures> trips)
    {
        var miles = trips.Sum(t => t.DistanceMiles);
        var distance = trips.Sum(t => t.DistanceM);
        double Per100Miles(double count) => miles > 0 ? 100 * count / miles : 0;
        double Share(double part) => distance > 0 ? part / distance : 0;
        return new DriverStatistics(
            trips.Count,
            miles,
            trips.Sum(t => t.DurationS) / 3600,
            trips.Count > 0 ? miles / trips.Count : 0,
            trips.Count > 0 ? trips.Max(t => t.DistanceMiles) : 0,
            Per100Miles(trips.Sum(t => t.HarshBrakings)),
            Per100Miles(trips.Sum(t => t.HarshAccelerations)),
            Per100Miles(trips.Sum(t => t.LeftTurnCounts.FirstOrDefault() + t.RightTurnCounts.FirstOrDefault())),
            Share(trips.Sum(t => t.SpeedingDistanceM)),
            Share(trips.Sum(t => t.NightDistanceM)),
            trips.Sum(t => t.PhoneUseS) / 60,
            trips.Count > 0 ? trips.Max(t => t.EndedAt) : null);
    }
}
