using Telematics.Drivers.Features;
using Telematics.Trips;

namespace Telematics.Drivers;

/// <summary>
/// Rolls a driver's sums per period up into the portfolio's features over a <see cref="FeatureWindow"/>
/// (see <see cref="DriverOptions.FeatureWindow"/>): the same features the trips themselves give, since each is a ratio of sums.
/// </summary>
/// <remarks>
/// Exposure is the window's length in days (at least one). Event rates are counts per 1,000 miles of the
/// window, kept as doubles where the portfolio rounds to integers. Shares of driving are shares of distance,
/// split by local time inside each trip (a trip across midnight adds to both days), so the seven weekday
/// shares sum to 1, as do weekday and weekend. A day is driven when a trip runs on its local date.
/// Without distance every share and rate is 0.
/// </remarks>
public static class DriverFeatureAggregator
{
    private const double DaysPerYear = 365.25;
    private const double DaysPerWeek = 7;
    private const double MilesPerRate = 1000;

    public static DriverFeatures Aggregate(DrivingHistory history, FeatureWindow window)
    {
        var periods = history.In(window).ToList();
        var exposureDays = window.ExposureDays;
        var metres = periods.Sum(p => p.DistanceM);
        var miles = metres / DrivingPeriod.MetresPerMile;
        var movingS = periods.Sum(p => p.MovingTimeS);
        var daysDriven = periods.SelectMany(p => p.DatesDriven()).Distinct().Count();

        double Share(Func<DrivingPeriod, double> metresOf) => metres > 0 ? periods.Sum(metresOf) / metres : 0;
        double TimeShare(Func<DrivingPeriod, double> secondsOf) => movingS > 0 ? periods.Sum(secondsOf) / movingS : 0;
        double[] Shares(int count, Func<DrivingPeriod, double[]> metresOf) => [.. Enumerable.Range(0, count).Select(i => Share(p => metresOf(p)[i]))];
        double[] Rates(int count, Func<DrivingPeriod, int[]> countsOf) =>
            [.. Enumerable.Range(0, count).Select(i => miles > 0 ? periods.Sum(p => countsOf(p)[i]) * MilesPerRate / miles : 0)];

        var weekday = Shares(7, p => p.WeekdayDistanceM);
        var longTrips = Shares(DrivingPeriod.LongTripHours.Count, p => p.LongTripDistanceM);
        var accelerations = Rates(HarshEventThresholds.LongitudinalMphPerSecond.Count, p => p.AccelerationCounts);
        var brakings = Rates(HarshEventThresholds.LongitudinalMphPerSecond.Count, p => p.BrakingCounts);
        var leftTurns = Rates(HarshEventThresholds.LateralMphPerSecond.Count, p => p.LeftTurnCounts);
        var rightTurns = Rates(HarshEventThresholds.LateralMphPerSecond.Count, p => p.RightTurnCounts);
        return new DriverFeatures
        {
            TripCount = periods.Sum(p => p.TripCount),
            TotalMilesDriven = miles,
            ExposureDays = exposureDays,
            AnnualisedMiles = miles * DaysPerYear / exposureDays,
            AnnualPctDriven = Math.Min(1.0, daysDriven / exposureDays),
            AvgDaysWeek = Math.Min(DaysPerWeek, daysDriven / (exposureDays / DaysPerWeek)),
            PctDriveMon = weekday[0],
            PctDriveTue = weekday[1],
            PctDriveWed = weekday[2],
            PctDriveThr = weekday[3],
            PctDriveFri = weekday[4],
            PctDriveSat = weekday[5],
            PctDriveSun = weekday[6],
            PctDriveWkday = Share(p => p.WeekdayDistanceM.Take(5).Sum()),
            PctDriveWkend = Share(p => p.WeekdayDistanceM.Skip(5).Sum()),
            PctDriveRushAm = Share(p => p.RushAmDistanceM),
            PctDriveRushPm = Share(p => p.RushPmDistanceM),
            PctDrive2Hrs = longTrips[0],
            PctDrive3Hrs = longTrips[1],
            PctDrive4Hrs = longTrips[2],
            NightShare = Share(p => p.NightDistanceM),
            SpeedingShare = Share(p => p.SpeedingDistanceM),
            SpeedingTimeShare = TimeShare(p => p.SpeedingTimeS),
            PhoneUseShare = TimeShare(p => p.PhoneUseS),
            Accel06Miles = accelerations[0],
            Accel08Miles = accelerations[1],
            Accel09Miles = accelerations[2],
            Accel11Miles = accelerations[3],
            Accel12Miles = accelerations[4],
            Accel14Miles = accelerations[5],
            Brake06Miles = brakings[0],
            Brake08Miles = brakings[1],
            Brake09Miles = brakings[2],
            Brake11Miles = brakings[3],
            Brake12Miles = brakings[4],
            Brake14Miles = brakings[5],
            LeftTurnIntensity08 = leftTurns[0],
            LeftTurnIntensity09 = leftTurns[1],
            LeftTurnIntensity10 = leftTurns[2],
            LeftTurnIntensity11 = leftTurns[3],
            LeftTurnIntensity12 = leftTurns[4],
            RightTurnIntensity08 = rightTurns[0],
            RightTurnIntensity09 = rightTurns[1],
            RightTurnIntensity10 = rightTurns[2],
            RightTurnIntensity11 = rightTurns[3],
            RightTurnIntensity12 = rightTurns[4],
        };
    }
}
