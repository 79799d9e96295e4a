using Telematics.Drivers.Features;
using Telematics.Trips;

namespace Telematics.Drivers;

/// <summary>
/// Rolls a driver's sums per period up into the portfolio's features over a <see cref="FeatureWindow"/>
/// (see <see cref="DriverOptions.FeatureWindow"/>): the same features the trips themselves give, since each is a ratio of sums.
/// </summary>
/// <remarks>
/// Exposure is the window's length in days (at least one). Event rates are counts per 1,000 miles of the
/// window, kept as doubles where the portfolio rounds to integers, over the miles harsh events could show on
/// (<see cref="DriverFeatures.HarshObservedMiles"/>): a trip with fixes 30 s apart shows none, and counted as
/// observed it would make its driver look safe. Shares of driving are shares of distance,
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
        var sums = WindowSums.Of(history, window);
        var exposureDays = window.ExposureDays;
        var metres = sums.DistanceM;
        var miles = metres / DrivingPeriod.MetresPerMile;
        var movingS = sums.MovingTimeS;
        var daysDriven = sums.DaysDriven;

        double Share(double part) => metres > 0 ? part / metres : 0;
        double TimeShare(double seconds) => movingS > 0 ? seconds / movingS : 0;
        // A device that reported events of its own in the window reports them on every trip, coarse or not.
        var harshMiles = sums.DeviceEventTripCount > 0 ? miles : Math.Max(0, metres - sums.CoarseDistanceM) / DrivingPeriod.MetresPerMile;
        double Rate(int count) => harshMiles > 0 ? count * MilesPerRate / harshMiles : 0;

        var weekday = sums.WeekdayDistanceM;
        var longTrips = sums.LongTripDistanceM;
        var accelerations = sums.AccelerationCounts;
        var brakings = sums.BrakingCounts;
        var leftTurns = sums.LeftTurnCounts;
        var rightTurns = sums.RightTurnCounts;
        return new DriverFeatures
        {
            TripCount = sums.TripCount,
            TotalMilesDriven = miles,
            ExposureDays = exposureDays,
            AnnualisedMiles = miles * DaysPerYear / exposureDays,
            AnnualPctDriven = Math.Min(1.0, daysDriven / exposureDays),
            AvgDaysWeek = Math.Min(DaysPerWeek, daysDriven / (exposureDays / DaysPerWeek)),
            PctDriveMon = Share(weekday[0]),
            PctDriveTue = Share(weekday[1]),
            PctDriveWed = Share(weekday[2]),
            PctDriveThr = Share(weekday[3]),
            PctDriveFri = Share(weekday[4]),
            PctDriveSat = Share(weekday[5]),
            PctDriveSun = Share(weekday[6]),
            PctDriveWkday = Share(sums.WeekdaysDistanceM),
            PctDriveWkend = Share(sums.WeekendDistanceM),
            PctDriveRushAm = Share(sums.RushAmDistanceM),
            PctDriveRushPm = Share(sums.RushPmDistanceM),
            PctDrive2Hrs = Share(longTrips[0]),
            PctDrive3Hrs = Share(longTrips[1]),
            PctDrive4Hrs = Share(longTrips[2]),
            NightShare = Share(sums.NightDistanceM),
            SpeedingShare = Share(sums.SpeedingDistanceM),
            SpeedingTimeShare = TimeShare(sums.SpeedingTimeS),
            PhoneUseShare = TimeShare(sums.PhoneUseS),
            Accel06Miles = Rate(accelerations[0]),
            Accel08Miles = Rate(accelerations[1]),
            Accel09Miles = Rate(accelerations[2]),
            Accel11Miles = Rate(accelerations[3]),
            Accel12Miles = Rate(accelerations[4]),
            Accel14Miles = Rate(accelerations[5]),
            Brake06Miles = Rate(brakings[0]),
            Brake08Miles = Rate(brakings[1]),
            Brake09Miles = Rate(brakings[2]),
            Brake11Miles = Rate(brakings[3]),
            Brake12Miles = Rate(brakings[4]),
            Brake14Miles = Rate(brakings[5]),
            LeftTurnIntensity08 = Rate(leftTurns[0]),
            LeftTurnIntensity09 = Rate(leftTurns[1]),
            LeftTurnIntensity10 = Rate(leftTurns[2]),
            LeftTurnIntensity11 = Rate(leftTurns[3]),
            LeftTurnIntensity12 = Rate(leftTurns[4]),
            RightTurnIntensity08 = Rate(rightTurns[0]),
            RightTurnIntensity09 = Rate(rightTurns[1]),
            RightTurnIntensity10 = Rate(rightTurns[2]),
            RightTurnIntensity11 = Rate(rightTurns[3]),
            RightTurnIntensity12 = Rate(rightTurns[4]),
            HarshObservedMiles = harshMiles,
        };
    }
}
