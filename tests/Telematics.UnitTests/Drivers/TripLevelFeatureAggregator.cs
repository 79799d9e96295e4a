using Telematics.Drivers;
using Telematics.Trips;

namespace Telematics.UnitTests.Drivers;

/// <summary>
/// The driver features as they were computed from every trip of the window before trips were kept as sums per period:
/// the reference the aggregation of periods must agree with.
/// </summary>
public static class TripLevelFeatureAggregator
{
    public static DriverFeatures Aggregate(IReadOnlyCollection<TripFeatures> trips, DateTimeOffset windowStart, DateTimeOffset now)
    {
        var inWindow = trips.Where(t => t.EndedAt >= windowStart && t.StartedAt <= now).ToList();
        var exposureDays = Math.Max(1.0, (now - windowStart).TotalDays);
        var metres = inWindow.Sum(t => t.DistanceM);
        var miles = metres / MetresPerMile;
        var movingS = inWindow.Sum(t => t.MovingTimeS);
        var daysDriven = inWindow.SelectMany(DatesDriven).Distinct().Count();

        double Share(Func<TripFeatures, double> metresOf) => metres > 0 ? inWindow.Sum(metresOf) / metres : 0;
        double TimeShare(Func<TripFeatures, double> secondsOf) => movingS > 0 ? inWindow.Sum(secondsOf) / movingS : 0;
        double InTripsLongerThan(double hours) => Share(t => t.DurationS > hours * 3600 ? t.DistanceM : 0);
        var harshMiles = inWindow.Any(t => (t.Sources & FeatureSources.DeviceHarshEvents) != 0)
            ? miles
            : inWindow.Where(t => (t.Sources & FeatureSources.CoarseMotion) == 0).Sum(t => t.DistanceM) / MetresPerMile;
        double Rate(Func<TripFeatures, int[]> counts, int index) =>
            harshMiles > 0 ? inWindow.Sum(t => counts(t)[index]) * MilesPerRate / harshMiles : 0;

        return new DriverFeatures
        {
            ExposureDays = exposureDays,
            AnnualPctDriven = Math.Min(1.0, daysDriven / exposureDays),
            TotalMilesDriven = miles,
            PctDriveMon = Share(t => t.MondayDistanceM),
            PctDriveTue = Share(t => t.TuesdayDistanceM),
            PctDriveWed = Share(t => t.WednesdayDistanceM),
            PctDriveThr = Share(t => t.ThursdayDistanceM),
            PctDriveFri = Share(t => t.FridayDistanceM),
            PctDriveSat = Share(t => t.SaturdayDistanceM),
            PctDriveSun = Share(t => t.SundayDistanceM),
            PctDrive2Hrs = InTripsLongerThan(2),
            PctDrive3Hrs = InTripsLongerThan(3),
            PctDrive4Hrs = InTripsLongerThan(4),
            PctDriveWkday = Share(t => t.WeekdayDistanceM),
            PctDriveWkend = Share(t => t.WeekendDistanceM),
            PctDriveRushAm = Share(t => t.RushAmDistanceM),
            PctDriveRushPm = Share(t => t.RushPmDistanceM),
            AvgDaysWeek = Math.Min(DaysPerWeek, daysDriven / (exposureDays / DaysPerWeek)),
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
            HarshObservedMiles = harshMiles,
            TripCount = inWindow.Count,
            AnnualisedMiles = miles * DaysPerYear / exposureDays,
            NightShare = Share(t => t.NightDistanceM),
            SpeedingShare = Share(t => t.SpeedingDistanceM),
            SpeedingTimeShare = TimeShare(t => t.SpeedingTimeS),
            PhoneUseShare = TimeShare(t => t.PhoneUseS),
        };
    }

    private static IEnumerable<DateOnly> DatesDriven(TripFeatures trip)
    {
        for (var date = trip.LocalStartDate; date <= trip.LocalEndDate; date = date.AddDays(1))
        {
            yield return date;
        }
    }

    private const double DaysPerYear = 365.25;
    private const double DaysPerWeek = 7;
    private const double MetresPerMile = 1609.344;
    private const double MilesPerRate = 1000;
}
