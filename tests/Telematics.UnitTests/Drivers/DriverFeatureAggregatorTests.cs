using Telematics.Drivers;
using Telematics.Drivers.Features;
using Telematics.Trips;

namespace Telematics.UnitTests.Drivers;

public sealed class DriverFeatureAggregatorTests
{
    private const double MetresPerMile = 1609.344;
    private static readonly DateTimeOffset WindowStart = new(2026, 2, 9, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = WindowStart.AddDays(28);

    private static DriverFeatures Aggregate(IEnumerable<TripFeatures> trips) =>
        DriverFeatureAggregator.Aggregate(DrivingHistory.Of(trips), FeatureWindow.Of(WindowStart, Now, TimeSpan.FromDays(365), TimeZoneInfo.Utc));

    /// <summary>A one-hour trip on <paramref name="day"/> (days after the window start, a Monday that begins a period), all its miles on that day.</summary>
    private static TripFeatures Trip(int day, double miles, double hours = 1)
    {
        var start = WindowStart.AddDays(day).AddHours(10);
        var metres = miles * MetresPerMile;
        var date = DateOnly.FromDateTime(start.UtcDateTime);
        var trip = new TripFeatures(start, start.AddHours(hours), metres, hours * 3600, 30, new int[6], new int[6], new int[5], new int[5], 3600,
            MovingTimeS: hours * 3600, LocalStartDate: date, LocalEndDate: DateOnly.FromDateTime(start.AddHours(hours).UtcDateTime));
        return start.DayOfWeek switch
        {
            DayOfWeek.Monday => trip with { MondayDistanceM = metres },
            DayOfWeek.Tuesday => trip with { TuesdayDistanceM = metres },
            DayOfWeek.Wednesday => trip with { WednesdayDistanceM = metres },
            DayOfWeek.Thursday => trip with { ThursdayDistanceM = metres },
            DayOfWeek.Friday => trip with { FridayDistanceM = metres },
            DayOfWeek.Saturday => trip with { SaturdayDistanceM = metres },
            _ => trip with { SundayDistanceM = metres },
        };
    }

    [Fact]
    public void Event_counts_become_rates_per_thousand_miles()
    {
        TripFeatures[] trips =
        [
            Trip(0, 200) with { BrakingCounts = [3, 2, 1, 0, 0, 0], AccelerationCounts = [1, 0, 0, 0, 0, 0], LeftTurnCounts = [2, 2, 1, 0, 0] },
            Trip(1, 300) with { RightTurnCounts = [5, 0, 0, 0, 0] },
        ];

        var features = Aggregate(trips);

        Assert.Equal(500, features.TotalMilesDriven, precision: 9);
        Assert.Equal([6, 4, 2, 0, 0, 0], [features.Brake06Miles, features.Brake08Miles, features.Brake09Miles, features.Brake11Miles, features.Brake12Miles, features.Brake14Miles]);
        Assert.Equal(2, features.Accel06Miles, precision: 9);
        Assert.Equal([4, 4, 2, 0, 0], [features.LeftTurnIntensity08, features.LeftTurnIntensity09, features.LeftTurnIntensity10, features.LeftTurnIntensity11, features.LeftTurnIntensity12]);
        Assert.Equal(10, features.RightTurnIntensity08, precision: 9);
    }

    [Fact]
    public void Harsh_event_rates_leave_out_the_miles_of_trips_whose_fixes_were_too_far_apart_to_show_them()
    {
        TripFeatures[] trips =
        [
            Trip(0, 200) with { BrakingCounts = [3, 2, 1, 0, 0, 0], Sources = FeatureSources.SpeedDerivedAcceleration },
            Trip(1, 300) with { Sources = FeatureSources.SpeedDerivedAcceleration | FeatureSources.CoarseMotion },
            Trip(2, 500) with { Sources = FeatureSources.CoarseMotion },
        ];

        var features = Aggregate(trips);

        Assert.Equal(1000, features.TotalMilesDriven, precision: 9);
        Assert.Equal(200, features.HarshObservedMiles!.Value, precision: 9);
        Assert.Equal(15, features.Brake06Miles, precision: 9);
        Assert.Equal(5, features.Brake09Miles, precision: 9);
        Assert.Equal(0.5, features.PctDriveWed, precision: 9);
    }

    [Fact]
    public void A_device_that_reported_events_of_its_own_in_the_window_has_every_mile_observed()
    {
        TripFeatures[] trips =
        [
            Trip(0, 200) with { BrakingCounts = [2, 2, 0, 0, 0, 0], Sources = FeatureSources.DeviceHarshEvents | FeatureSources.CoarseMotion },
            Trip(1, 300) with { Sources = FeatureSources.CoarseMotion },
        ];

        var features = Aggregate(trips);

        Assert.Equal(500, features.HarshObservedMiles!.Value, precision: 9);
        Assert.Equal(4, features.Brake06Miles, precision: 9);
        Assert.Equal(0, Aggregate([Trip(1, 300) with { Sources = FeatureSources.CoarseMotion }]).HarshObservedMiles);
    }

    [Fact]
    public void Weekday_shares_follow_the_local_split_of_each_trip_and_sum_to_one()
    {
        var acrossMidnight = Trip(4, 50) with { FridayDistanceM = 25 * MetresPerMile, SaturdayDistanceM = 25 * MetresPerMile };
        TripFeatures[] trips = [Trip(0, 100), Trip(5, 50), acrossMidnight];

        var f = Aggregate(trips);

        Assert.Equal(0.5, f.PctDriveMon, precision: 9);
        Assert.Equal(0.125, f.PctDriveFri, precision: 9);
        Assert.Equal(0.375, f.PctDriveSat, precision: 9);
        Assert.Equal(1, f.PctDriveMon + f.PctDriveTue + f.PctDriveWed + f.PctDriveThr + f.PctDriveFri + f.PctDriveSat + f.PctDriveSun, precision: 12);
        Assert.Equal(0.625, f.PctDriveWkday, precision: 9);
        Assert.Equal(1, f.PctDriveWkday + f.PctDriveWkend, precision: 12);
    }

    [Fact]
    public void Long_trip_shares_are_the_shares_of_miles_in_trips_longer_than_two_three_and_four_hours()
    {
        TripFeatures[] trips = [Trip(0, 100, hours: 1), Trip(1, 150, hours: 2.5), Trip(2, 100, hours: 3.5), Trip(3, 150, hours: 5)];

        var f = Aggregate(trips);

        Assert.Equal(0.8, f.PctDrive2Hrs, precision: 9);
        Assert.Equal(0.5, f.PctDrive3Hrs, precision: 9);
        Assert.Equal(0.3, f.PctDrive4Hrs, precision: 9);
    }

    [Fact]
    public void Days_driven_and_miles_are_scaled_by_the_exposure_of_the_window()
    {
        var acrossMidnight = Trip(9, 10) with { LocalEndDate = DateOnly.FromDateTime(WindowStart.AddDays(10).UtcDateTime) };
        TripFeatures[] trips = [Trip(0, 20), Trip(0, 20), Trip(2, 20), Trip(5, 20), Trip(7, 20), Trip(14, 20), acrossMidnight];

        var f = Aggregate(trips);

        Assert.Equal(28, f.ExposureDays, precision: 9);
        Assert.Equal(7.0 / 28, f.AnnualPctDriven, precision: 9);
        Assert.Equal(7.0 / 4, f.AvgDaysWeek, precision: 9);
        Assert.Equal(130 * 365.25 / 28, f.AnnualisedMiles, precision: 6);
        Assert.Equal(7, f.TripCount);
    }

    [Fact]
    public void Trips_that_ended_before_the_window_are_left_out()
    {
        TripFeatures[] trips = [Trip(-3, 500) with { BrakingCounts = [9, 9, 9, 9, 9, 9] }, Trip(3, 100)];

        var f = Aggregate(trips);

        Assert.Equal(1, f.TripCount);
        Assert.Equal(100, f.TotalMilesDriven, precision: 9);
        Assert.Equal(0, f.Brake06Miles);
    }

    [Fact]
    public void Night_speeding_phone_and_rush_hour_shares_come_from_the_trip_splits()
    {
        var hour = 3600.0;
        TripFeatures[] trips =
        [
            Trip(0, 100) with { NightDistanceM = 25 * MetresPerMile, RushAmDistanceM = 50 * MetresPerMile, SpeedingDistanceM = 10 * MetresPerMile, SpeedingTimeS = 0.1 * hour, PhoneUseS = 0.5 * hour },
            Trip(1, 100) with { RushPmDistanceM = 20 * MetresPerMile },
        ];

        var f = Aggregate(trips);

        Assert.Equal(0.125, f.NightShare, precision: 9);
        Assert.Equal(0.25, f.PctDriveRushAm, precision: 9);
        Assert.Equal(0.1, f.PctDriveRushPm, precision: 9);
        Assert.Equal(0.05, f.SpeedingShare, precision: 9);
        Assert.Equal(0.05, f.SpeedingTimeShare, precision: 9);
        Assert.Equal(0.25, f.PhoneUseShare, precision: 9);
    }

    [Fact]
    public void Without_distance_rates_and_shares_are_zero_not_infinite()
    {
        TripFeatures[] trips = [Trip(1, 0) with { BrakingCounts = [1, 0, 0, 0, 0, 0] }];

        var f = Aggregate(trips);

        Assert.Equal(0, f.Brake06Miles);
        Assert.Equal(0, f.PctDriveTue);
        Assert.Equal(1, f.TripCount);
    }
}
