using FsCheck.Xunit;
using Telematics.Drivers;
using Telematics.Drivers.Features;
using Telematics.Trips;

namespace Telematics.UnitTests.Drivers;

/// <summary>
/// The sums per period must give the features and statistics the trips themselves gave, over the same
/// (period-aligned) window, whatever the history, the order trips arrived in, and the trips at the window's edge.
/// </summary>
public sealed class PeriodAggregationPropertyTests
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
    private static readonly TimeSpan Year = TimeSpan.FromDays(365);
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 300)]
    public void Sums_per_period_give_the_features_and_statistics_of_the_trips_in_the_window(int seed, bool longPolicy)
    {
        var random = new Random(seed);
        var now = Epoch.AddMinutes(random.Next(0, 2 * 365 * 24 * 60));
        var policyStart = now - (longPolicy ? Year + TimeSpan.FromDays(random.Next(1, 400)) : TimeSpan.FromHours(random.Next(1, 364 * 24)));
        var window = FeatureWindow.Of(policyStart, now, Year, Toronto);
        var trips = Enumerable.Range(0, random.Next(0, 400)).Select(_ => RandomTrip(random, policyStart, now)).ToList();
        trips.AddRange(EdgeTrips(random, window, policyStart));
        // Some histories have coarse trips, some also a device that reports its own events.
        var sources = random.Next(3);
        trips = [.. trips.Select(t => t with
        {
            Sources = (sources > 0 && random.Next(4) == 0 ? FeatureSources.CoarseMotion : 0)
                | (sources > 1 && random.Next(20) == 0 ? FeatureSources.DeviceHarshEvents : 0),
        })];
        trips.RemoveAll(t => t.EndedAt > now);

        var history = new DrivingHistory();
        foreach (var trip in trips.OrderBy(_ => random.Next()))
        {
            history.Add(trip);
        }

        // As a driver reads it from storage, before the window has dropped what it passed.
        var read = new StoredDrivingHistoryConverter().ConvertFromSurrogate(StoredDrivingHistory.Of(history.Periods));
        history.DropBefore(window);

        Assert.Equal(DriverFeatureAggregator.Aggregate(history, window), DriverFeatureAggregator.Aggregate(read, window));
        PropertyAssert.Close(TripLevelFeatureAggregator.Aggregate(trips, window.Start, now), DriverFeatureAggregator.Aggregate(history, window), seed);
        var inWindow = trips.Where(t => t.EndedAt >= window.Start).ToList();
        PropertyAssert.Close(TripLevelStatisticsCalculator.From(inWindow), DriverStatisticsCalculator.From(history, window), seed);
    }

    [Fact]
    public void A_rolling_window_starts_at_the_local_midnight_of_the_first_period_inside_it()
    {
        var now = new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero);

        var window = FeatureWindow.Of(now.AddYears(-3), now, Year, Toronto);

        // A year before is Tuesday 15 July 2025, inside the period from Monday 14 July; the next begins on 28 July.
        Assert.Equal(new DateOnly(2025, 7, 28), window.FirstPeriod);
        Assert.Equal(new DateTimeOffset(2025, 7, 28, 0, 0, 0, TimeSpan.FromHours(-4)), window.Start);
        Assert.Equal((now - window.Start).TotalDays, window.ExposureDays, precision: 12);
    }

    /// <summary>Trips at the window's start: ending on it, just before it, and straddling it.</summary>
    private static IEnumerable<TripFeatures> EdgeTrips(Random random, FeatureWindow window, DateTimeOffset policyStart)
    {
        var hours = TimeSpan.FromHours(1 + random.NextDouble() * 5);
        yield return Trip(random, window.Start - hours, window.Start);
        yield return Trip(random, window.Start - hours, window.Start + hours);
        if (window.Start > policyStart)
        {
            // Before a policy-start window a trip would precede the policy, which cannot happen; before a rolling one it is out.
            yield return Trip(random, window.Start - hours, window.Start - TimeSpan.FromTicks(1));
        }
    }

    private static TripFeatures RandomTrip(Random random, DateTimeOffset from, DateTimeOffset to)
    {
        var started = from + (to - from) * random.NextDouble();
        var duration = TimeSpan.FromMinutes(random.Next(10) == 0 ? random.Next(120, 600) : random.Next(3, 90));
        return Trip(random, started, started + duration);
    }

    /// <summary>A trip whose local dates and weekday split follow its times in the zone, with random counts and splits.</summary>
    private static TripFeatures Trip(Random random, DateTimeOffset started, DateTimeOffset ended)
    {
        var distance = random.Next(8) == 0 ? 0 : random.NextDouble() * 200_000;
        var moving = (ended - started).TotalSeconds * random.NextDouble();
        var startDate = LocalDate(started);
        var endDate = LocalDate(ended);
        var weekdays = new double[7];
        weekdays[Weekday(startDate)] += distance / 2;
        weekdays[Weekday(endDate)] += distance / 2;
        return new TripFeatures(started, ended, distance, (ended - started).TotalSeconds, 30, Counts(random, 6), Counts(random, 6), Counts(random, 5), Counts(random, 5), 100,
            MovingTimeS: moving, SpeedingTimeS: moving * random.NextDouble(), SpeedingDistanceM: distance * random.NextDouble(),
            NightDistanceM: distance * random.NextDouble(), RushAmDistanceM: distance * random.NextDouble() / 2, RushPmDistanceM: distance * random.NextDouble() / 2,
            MondayDistanceM: weekdays[0], TuesdayDistanceM: weekdays[1], WednesdayDistanceM: weekdays[2], ThursdayDistanceM: weekdays[3],
            FridayDistanceM: weekdays[4], SaturdayDistanceM: weekdays[5], SundayDistanceM: weekdays[6],
            LocalStartDate: startDate, LocalEndDate: endDate, PhoneUseS: moving * random.NextDouble());
    }

    /// <summary>Counts at rising thresholds, so never more at a higher one.</summary>
    private static int[] Counts(Random random, int classes)
    {
        var counts = new int[classes];
        var count = random.Next(0, 12);
        for (var i = 0; i < classes; i++)
        {
            counts[i] = count;
            count = random.Next(0, count + 1);
        }

        return counts;
    }

    private static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Toronto).DateTime);

    private static int Weekday(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;
}
