using Telematics.Drivers.Features;

namespace Telematics.Drivers;

/// <summary>Sums a driver's periods in the window into <see cref="DriverStatistics"/>; harsh events at the portfolio's lowest classes (6 and 8 mph/s).</summary>
public static class DriverStatisticsCalculator
{
    public static DriverStatistics From(DrivingHistory history, FeatureWindow window)
    {
        var periods = history.In(window).ToList();
        var trips = periods.Sum(p => p.TripCount);
        var distance = periods.Sum(p => p.DistanceM);
        var miles = distance / DrivingPeriod.MetresPerMile;
        double Per100Miles(double count) => miles > 0 ? 100 * count / miles : 0;
        double Share(double part) => distance > 0 ? part / distance : 0;
        return new DriverStatistics(
            trips,
            miles,
            periods.Sum(p => p.DurationS) / 3600,
            trips > 0 ? miles / trips : 0,
            trips > 0 ? periods.Max(p => p.LongestTripM) / DrivingPeriod.MetresPerMile : 0,
            Per100Miles(periods.Sum(p => p.BrakingCounts[0])),
            Per100Miles(periods.Sum(p => p.AccelerationCounts[0])),
            Per100Miles(periods.Sum(p => p.LeftTurnCounts[0] + p.RightTurnCounts[0])),
            Share(periods.Sum(p => p.SpeedingDistanceM)),
            Share(periods.Sum(p => p.NightDistanceM)),
            periods.Sum(p => p.PhoneUseS) / 60,
            trips > 0 ? periods.Max(p => p.LastEndedAt) : null);
    }
}
