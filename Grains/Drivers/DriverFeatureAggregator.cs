using Telematics.Trips;

namespace Telematics.Drivers;

/// <summary>
/// Rolls a driver's trips up into the portfolio's features over a window ending now.
/// Rates are per 1,000 miles; shares of driving are weighted by distance.
/// </summary>
public static class DriverFeatureAggregator
{
    private const double DaysPerYear = 365.25;

    public static DriverFeatures Aggregate(IReadOnlyCollection<TripFeatures> trips, DateTimeOffset windowStart, DateTimeOffset now)
    {
        var inWindow = trips.Where(t => t.EndedAt >= windowStart && t.StartedAt <= now).ToList();
        var exposureDays = Math.Max(1.0, (now - windowStart).TotalDays);
        var miles = inWindow.Sum(t => t.DistanceMiles);
        var perThousandMiles = miles > 0 ? 1000.0 / miles : 0.0;

        double Rate(Func<TripFeatures, int[]> counts, int index) => inWindow.Sum(t => counts(t)[index]) * perThousandMiles;
        double Share(Func<TripFeatures, bool> predicate) => miles > 0 ? inWindow.Where(predicate).Sum(t => t.DistanceMiles) / miles : 0.0;
        double OnDay(DayOfWeek day) => Share(t => t.StartedAt.DayOfWeek == day);
        double Longer(double hours) => Share(t => t.DurationS > hours * 3600);

        var daysDriven = inWindow.Select(t => t.StartedAt.UtcDateTime.Date).Distinct().Count();
        return new DriverFeatures
        {
            ExposureDays = exposureDays,
            AnnualPctDriven = Math.Min(1.0, daysDriven / Math.Min(exposureDays, DaysPerYear)),
            TotalMilesDriven = miles,
            PctDriveMon = OnDay(DayOfWeek.Monday),
            PctDriveTue = OnDay(DayOfWeek.Tuesday),
            PctDriveWed = OnDay(DayOfWeek.Wednesday),
            PctDriveThr = OnDay(DayOfWeek.Thursday),
            PctDriveFri = OnDay(DayOfWeek.Friday),
            PctDriveSat = OnDay(DayOfWeek.Saturday),
            PctDriveSun = OnDay(DayOfWeek.Sunday),
            PctDrive2Hrs = Longer(2),
            PctDrive3Hrs = Longer(3),
            PctDrive4Hrs = Longer(4),
            PctDriveWkday = Share(t => t.StartedAt.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)),
            PctDriveWkend = Share(t => t.StartedAt.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday),
            PctDriveRushAm = Share(t => t.StartedAt.Hour is >= 7 and < 9),
            PctDriveRushPm = Share(t => t.StartedAt.Hour is >= 16 and < 18),
            AvgDaysWeek = daysDriven / (exposureDays / 7.0),
            Accel06Miles = Rate(t => t.AccelerationCounts, 0),
            Accel08Miles = Rate(t => t.AccelerationCounts, 1),
            Accel09Miles = Rate(t => t.AccelerationCounts, 2),
            Accel11Miles = Rate(t => t.AccelerationCounts, 3),
            Accel12Miles = Rate(t => t.AccelerationCounts, 4),
            Accel14Miles = Rate(t => t.AccelerationCounts, 5),
            Brake06Miles = Rate(t => t.BrakingCounts, 0),
            Brake08Miles = Rate(t => t.BrakingCounts, 1),
            Brake09Miles = Rate(t => t.BrakingCounts, 2),
            Brake11Miles = Rate(t => t.BrakingCounts, 3),
            Brake12Miles = Rate(t => t.BrakingCounts, 4),
            Brake14Miles = Rate(t => t.BrakingCounts, 5),
            LeftTurnIntensity08 = Rate(t => t.LeftTurnCounts, 0),
            LeftTurnIntensity09 = Rate(t => t.LeftTurnCounts, 1),
            LeftTurnIntensity10 = Rate(t => t.LeftTurnCounts, 2),
            LeftTurnIntensity11 = Rate(t => t.LeftTurnCounts, 3),
            LeftTurnIntensity12 = Rate(t => t.LeftTurnCounts, 4),
            RightTurnIntensity08 = Rate(t => t.RightTurnCounts, 0),
            RightTurnIntensity09 = Rate(t => t.RightTurnCounts, 1),
            RightTurnIntensity10 = Rate(t => t.RightTurnCounts, 2),
            RightTurnIntensity11 = Rate(t => t.RightTurnCounts, 3),
            RightTurnIntensity12 = Rate(t => t.RightTurnCounts, 4),
            TripCount = inWindow.Count,
        };
    }
}
