using System.Numerics;
using Telematics.Trips;

namespace Telematics.Drivers.Features;

/// <summary>
/// The sums of a window's periods, taken in one pass: what <see cref="DriverFeatureAggregator"/> divides into features.
/// </summary>
/// <remarks>
/// Every rescoring of every driver sums its 26 or so periods, so the pass allocates nothing but its arrays: one LINQ
/// sum per feature and a set of the dates driven allocated 22 KB a driver, most of the garbage of a portfolio's
/// rescoring. Each sum adds the periods in their order, as one sum per feature did, so the features are the same to
/// the last bit.
/// </remarks>
internal sealed class WindowSums
{
    /// <summary>A year's window holds 27 periods; a longer window's dates are kept on the heap.</summary>
    private const int MaxPeriodsOnStack = 128;

    public int TripCount { get; private set; }
    public double DistanceM { get; private set; }
    public double MovingTimeS { get; private set; }
    public double SpeedingTimeS { get; private set; }
    public double SpeedingDistanceM { get; private set; }
    public double NightDistanceM { get; private set; }
    public double RushAmDistanceM { get; private set; }
    public double RushPmDistanceM { get; private set; }
    public double PhoneUseS { get; private set; }
    public double WeekdaysDistanceM { get; private set; }
    public double WeekendDistanceM { get; private set; }
    public int DaysDriven { get; private set; }
    public double CoarseDistanceM { get; private set; }
    public int DeviceEventTripCount { get; private set; }
    public double[] WeekdayDistanceM { get; } = new double[7];
    public double[] LongTripDistanceM { get; } = new double[DrivingPeriod.LongTripHours.Count];
    public int[] AccelerationCounts { get; } = new int[HarshEventThresholds.LongitudinalMphPerSecond.Count];
    public int[] BrakingCounts { get; } = new int[HarshEventThresholds.LongitudinalMphPerSecond.Count];
    public int[] LeftTurnCounts { get; } = new int[HarshEventThresholds.LateralMphPerSecond.Count];
    public int[] RightTurnCounts { get; } = new int[HarshEventThresholds.LateralMphPerSecond.Count];

    public static WindowSums Of(DrivingHistory history, FeatureWindow window)
    {
        var sums = new WindowSums();
        var scan = history.Scan(window.FirstPeriod);
        Span<PeriodDates> dates = scan.Count <= MaxPeriodsOnStack ? stackalloc PeriodDates[scan.Count] : new PeriodDates[scan.Count];
        var periods = 0;
        foreach (var period in scan)
        {
            sums.Add(period);
            dates[periods++] = period.Dates;
        }

        sums.DaysDriven = CountDatesDriven(dates[..periods]);
        return sums;
    }

    private void Add(DrivingPeriod period)
    {
        TripCount += period.TripCount;
        DistanceM += period.DistanceM;
        MovingTimeS += period.MovingTimeS;
        SpeedingTimeS += period.SpeedingTimeS;
        SpeedingDistanceM += period.SpeedingDistanceM;
        NightDistanceM += period.NightDistanceM;
        RushAmDistanceM += period.RushAmDistanceM;
        RushPmDistanceM += period.RushPmDistanceM;
        PhoneUseS += period.PhoneUseS;
        CoarseDistanceM += period.CoarseDistanceM;
        DeviceEventTripCount += period.DeviceEventTripCount;
        var days = period.WeekdayDistanceM;
        WeekdaysDistanceM += days[0] + days[1] + days[2] + days[3] + days[4];
        WeekendDistanceM += days[5] + days[6];
        DrivingPeriod.AddTo(WeekdayDistanceM, days);
        DrivingPeriod.AddTo(LongTripDistanceM, period.LongTripDistanceM);
        DrivingPeriod.AddTo(AccelerationCounts, period.AccelerationCounts);
        DrivingPeriod.AddTo(BrakingCounts, period.BrakingCounts);
        DrivingPeriod.AddTo(LeftTurnCounts, period.LeftTurnCounts);
        DrivingPeriod.AddTo(RightTurnCounts, period.RightTurnCounts);
    }

    /// <summary>The distinct local dates the periods' trips ran on, as bits of the span of days they cover.</summary>
    private static int CountDatesDriven(ReadOnlySpan<PeriodDates> periods)
    {
        if (periods.IsEmpty)
        {
            return 0;
        }

        var firstDay = int.MaxValue;
        var lastDay = int.MinValue;
        foreach (var period in periods)
        {
            firstDay = Math.Min(firstDay, period.EarliestDay);
            lastDay = Math.Max(lastDay, period.FirstDay + DrivingPeriod.Days);
        }

        var words = (lastDay - firstDay) / 64 + 1;
        Span<ulong> bits = words <= 256 ? stackalloc ulong[words] : new ulong[words];
        foreach (var period in periods)
        {
            period.Mark(bits, firstDay);
        }

        var count = 0;
        foreach (var word in bits)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }
}
