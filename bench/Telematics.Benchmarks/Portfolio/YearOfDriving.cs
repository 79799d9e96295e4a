using Telematics.Drivers.Features;
using Telematics.Trips;

namespace Telematics.Benchmarks.Portfolio;

/// <summary>
/// A driver's year at three trips a day, as the sums per period a driver grain keeps after counting those trips one by
/// one: each trip goes through <see cref="DrivingHistory.Add"/>, the code a trip's completion runs.
/// </summary>
/// <param name="History">The periods of the year.</param>
/// <param name="RecentTripIds">The ids of the last trips, as many as a driver keeps.</param>
public sealed record YearOfDriving(DrivingHistory History, List<string> RecentTripIds)
{
    public const int TripsPerDay = 3;

    public const int TripsInYear = 365 * TripsPerDay;

    /// <summary>
    /// One driver's year ending at <paramref name="end"/>: distances, harsh counts and time-of-day splits drawn from
    /// <paramref name="seed"/>, so each variant is a different driver.
    /// </summary>
    public static YearOfDriving Of(int seed, string vehicleId, DateTimeOffset end, TimeZoneInfo zone, int recentTripIdsKept)
    {
        var history = new DrivingHistory();
        foreach (var trip in Trips(seed, end, zone))
        {
            history.Add(trip);
        }

        return new YearOfDriving(history, [.. Enumerable.Range(TripsInYear - recentTripIdsKept, recentTripIdsKept).Select(n => TripId(vehicleId, n))]);
    }

    /// <summary>The trips of <see cref="Of"/>'s year in the order driven, one every 8 hours give or take 4, each 10 to 60 minutes long.</summary>
    public static IEnumerable<TripFeatures> Trips(int seed, DateTimeOffset end, TimeZoneInfo zone)
    {
        var random = new Random(seed);
        var harshRate = random.NextDouble() * 3;
        var first = end.AddDays(-365);
        for (var trip = 0; trip < TripsInYear; trip++)
        {
            var started = first.AddHours(24.0 / TripsPerDay * trip + random.NextDouble() * 4);
            var minutes = 10 + random.NextDouble() * 50;
            yield return Trip(random, started, started.AddMinutes(minutes), harshRate, zone);
        }
    }

    /// <summary>The id of the vehicle's <paramref name="trip"/>th trip of the year, as the system names trips.</summary>
    public static string TripId(string vehicleId, int trip) => $"{vehicleId}-T{trip:D6}";

    private static TripFeatures Trip(Random random, DateTimeOffset started, DateTimeOffset ended, double harshRate, TimeZoneInfo zone)
    {
        var seconds = (ended - started).TotalSeconds;
        var metres = seconds * (8 + random.NextDouble() * 17);
        var localStart = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(started, zone).DateTime);
        var localEnd = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ended, zone).DateTime);
        var day = TimeZoneInfo.ConvertTime(started, zone).DayOfWeek;
        return new TripFeatures(started, ended, metres, seconds, 20 + random.NextDouble() * 15,
            Counts(random, harshRate, 6), Counts(random, harshRate, 6), Counts(random, harshRate / 2, 5), Counts(random, harshRate / 2, 5), (int)seconds,
            MovingTimeS: seconds * 0.9, SpeedingTimeS: seconds * random.NextDouble() * 0.1, SpeedingDistanceM: metres * random.NextDouble() * 0.1,
            NightDistanceM: random.NextDouble() < 0.05 ? metres : 0, RushAmDistanceM: random.NextDouble() < 0.2 ? metres : 0,
            RushPmDistanceM: random.NextDouble() < 0.2 ? metres : 0,
            MondayDistanceM: day == DayOfWeek.Monday ? metres : 0, TuesdayDistanceM: day == DayOfWeek.Tuesday ? metres : 0,
            WednesdayDistanceM: day == DayOfWeek.Wednesday ? metres : 0, ThursdayDistanceM: day == DayOfWeek.Thursday ? metres : 0,
            FridayDistanceM: day == DayOfWeek.Friday ? metres : 0, SaturdayDistanceM: day == DayOfWeek.Saturday ? metres : 0,
            SundayDistanceM: day == DayOfWeek.Sunday ? metres : 0,
            LocalStartDate: localStart, LocalEndDate: localEnd, PhoneUseS: seconds * random.NextDouble() * 0.02);
    }

    /// <summary>Episodes per threshold, never more at a higher one (as a trip's counts are).</summary>
    private static int[] Counts(Random random, double rate, int thresholds)
    {
        var counts = new int[thresholds];
        var count = random.NextDouble() < rate / 4 ? random.Next(1, 4) : 0;
        for (var k = 0; k < thresholds && count > 0; k++)
        {
            counts[k] = count;
            count = random.NextDouble() < 0.5 ? count : count - 1;
        }

        return counts;
    }
}
