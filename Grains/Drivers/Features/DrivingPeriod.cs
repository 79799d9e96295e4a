using System.Numerics;
using Telematics.Trips;

namespace Telematics.Drivers.Features;

/// <summary>
/// The sums of the trips that ended in one period of <see cref="Days"/> local days, from which every feature of
/// <see cref="DriverFeatureAggregator"/> and every figure of <see cref="DriverStatisticsCalculator"/> follows exactly:
/// the features are ratios of sums, and the days driven are kept as the dates themselves.
/// </summary>
/// <remarks>
/// Two weeks rather than a day or a week: one period's sums take about 280 bytes stored (<see cref="StoredDrivingHistory"/>),
/// so a year of days (100 KB) or of weeks (15 KB) would leave no room in a driver's 16 KB for its scores, while 27
/// fortnights take about 7.5 KB. Periods start on a Monday, every <see cref="Days"/> days from <see cref="Epoch"/>. A
/// trip belongs to the period of its local end date, as it belongs to the window by its end. The serializer's fields
/// read the periods of a state stored before they were packed.
/// </remarks>
[GenerateSerializer, Alias("telematics.DrivingPeriod")]
public sealed class DrivingPeriod
{
    public const int Days = 14;

    public const double MetresPerMile = 1609.344;

    /// <summary>A Monday: every period starts a multiple of <see cref="Days"/> days after it.</summary>
    public static readonly DateOnly Epoch = new(2001, 1, 1);

    /// <summary>Trips longer than these many hours make the long-trip shares (<c>Pct.drive.2hrs</c> … <c>4hrs</c>).</summary>
    public static readonly IReadOnlyList<int> LongTripHours = [2, 3, 4];

    /// <summary>No <see cref="StartedBefore"/> in the packed form: day numbers are never negative.</summary>
    private const int NoDate = -1;

    public DrivingPeriod(DateOnly first)
    {
        First = first;
        WeekdayDistanceM = new double[7];
        LongTripDistanceM = new double[LongTripHours.Count];
        AccelerationCounts = new int[HarshEventThresholds.LongitudinalMphPerSecond.Count];
        BrakingCounts = new int[HarshEventThresholds.LongitudinalMphPerSecond.Count];
        LeftTurnCounts = new int[HarshEventThresholds.LateralMphPerSecond.Count];
        RightTurnCounts = new int[HarshEventThresholds.LateralMphPerSecond.Count];
    }

    /// <summary>The period's first local date: its key.</summary>
    [Id(0)] public DateOnly First { get; private set; }

    [Id(1)] public int TripCount { get; private set; }
    [Id(2)] public double DistanceM { get; private set; }
    [Id(3)] public double DurationS { get; private set; }
    [Id(4)] public double MovingTimeS { get; private set; }
    [Id(5)] public double SpeedingTimeS { get; private set; }
    [Id(6)] public double SpeedingDistanceM { get; private set; }
    [Id(7)] public double NightDistanceM { get; private set; }
    [Id(8)] public double RushAmDistanceM { get; private set; }
    [Id(9)] public double RushPmDistanceM { get; private set; }
    [Id(10)] public double PhoneUseS { get; private set; }

    /// <summary>Distance driven on each local weekday, Monday first.</summary>
    [Id(11)] public double[] WeekdayDistanceM { get; private set; }

    /// <summary>Distance of the trips longer than each of <see cref="LongTripHours"/>.</summary>
    [Id(12)] public double[] LongTripDistanceM { get; private set; }

    [Id(13)] public int[] AccelerationCounts { get; private set; }
    [Id(14)] public int[] BrakingCounts { get; private set; }
    [Id(15)] public int[] LeftTurnCounts { get; private set; }
    [Id(16)] public int[] RightTurnCounts { get; private set; }

    /// <summary>The period's local dates a trip of the period ran on: bit 0 is <see cref="First"/>.</summary>
    [Id(17)] public ushort DaysDriven { get; private set; }

    /// <summary>
    /// The earliest local start date before <see cref="First"/> of a trip of the period, if one started in an earlier
    /// period: every date from it to the day before <see cref="First"/> was driven, since such a trip ran on into this one.
    /// </summary>
    [Id(18)] public DateOnly? StartedBefore { get; private set; }

    [Id(19)] public double LongestTripM { get; private set; }
    [Id(20)] public DateTimeOffset LastEndedAt { get; private set; }

    /// <summary>Distance of the period's trips whose fixes were too far apart for harsh events to show (<see cref="FeatureSources.CoarseMotion"/>).</summary>
    [Id(21)] public double CoarseDistanceM { get; private set; }

    /// <summary>The period's trips in which the device reported harsh events of its own (<see cref="FeatureSources.DeviceHarshEvents"/>).</summary>
    [Id(22)] public int DeviceEventTripCount { get; private set; }

    /// <summary>The first date of the period <paramref name="date"/> is in.</summary>
    public static DateOnly FirstOf(DateOnly date) => Epoch.AddDays((int)Math.Floor((date.DayNumber - Epoch.DayNumber) / (double)Days) * Days);

    /// <summary>Adds a trip that ended in this period.</summary>
    public void Add(TripFeatures trip)
    {
        if (FirstOf(trip.LocalEndDate) != First)
        {
            throw new ArgumentException($"The trip ended on {trip.LocalEndDate}, outside the period from {First}.", nameof(trip));
        }

        TripCount++;
        DistanceM += trip.DistanceM;
        DurationS += trip.DurationS;
        MovingTimeS += trip.MovingTimeS;
        SpeedingTimeS += trip.SpeedingTimeS;
        SpeedingDistanceM += trip.SpeedingDistanceM;
        NightDistanceM += trip.NightDistanceM;
        RushAmDistanceM += trip.RushAmDistanceM;
        RushPmDistanceM += trip.RushPmDistanceM;
        PhoneUseS += trip.PhoneUseS;
        AddTo(WeekdayDistanceM, [trip.MondayDistanceM, trip.TuesdayDistanceM, trip.WednesdayDistanceM, trip.ThursdayDistanceM, trip.FridayDistanceM, trip.SaturdayDistanceM, trip.SundayDistanceM]);

        for (var i = 0; i < LongTripHours.Count; i++)
        {
            LongTripDistanceM[i] += trip.DurationS > LongTripHours[i] * 3600 ? trip.DistanceM : 0;
        }

        AddTo(AccelerationCounts, trip.AccelerationCounts);
        AddTo(BrakingCounts, trip.BrakingCounts);
        AddTo(LeftTurnCounts, trip.LeftTurnCounts);
        AddTo(RightTurnCounts, trip.RightTurnCounts);
        AddDates(trip.LocalStartDate, trip.LocalEndDate);
        LongestTripM = Math.Max(LongestTripM, trip.DistanceM);
        LastEndedAt = trip.EndedAt > LastEndedAt ? trip.EndedAt : LastEndedAt;
        CoarseDistanceM += (trip.Sources & FeatureSources.CoarseMotion) != 0 ? trip.DistanceM : 0;
        DeviceEventTripCount += (trip.Sources & FeatureSources.DeviceHarshEvents) != 0 ? 1 : 0;
    }

    /// <summary>The earliest local date a trip of the period ran on, an earlier period's for a trip that began there.</summary>
    public DateOnly EarliestDate => StartedBefore ?? First;

    /// <summary>The local dates its trips ran on, as a value that outlives a scan's reading of the next period.</summary>
    public PeriodDates Dates => new(EarliestDate.DayNumber, First.DayNumber, DaysDriven);

    /// <summary>The bytes <see cref="WriteTo"/> takes.</summary>
    internal int PackedSize =>
        2 * sizeof(int) + 9 * sizeof(double) + 6 + (WeekdayDistanceM.Length + LongTripDistanceM.Length + 1) * sizeof(double)
        + (AccelerationCounts.Length + BrakingCounts.Length + LeftTurnCounts.Length + RightTurnCounts.Length + 1) * sizeof(int)
        + sizeof(ushort) + sizeof(long) + sizeof(short) + sizeof(double) + sizeof(int);

    /// <summary>Writes every field, the arrays with their own lengths, for <see cref="ReadFrom"/>.</summary>
    internal void WriteTo(ref PackedWriter writer)
    {
        writer.Write(First.DayNumber);
        writer.Write(WeekdayDistanceM);
        writer.Write(LongTripDistanceM);
        writer.Write(AccelerationCounts);
        writer.Write(BrakingCounts);
        writer.Write(LeftTurnCounts);
        writer.Write(RightTurnCounts);
        writer.Write(TripCount);
        writer.Write(DistanceM);
        writer.Write(DurationS);
        writer.Write(MovingTimeS);
        writer.Write(SpeedingTimeS);
        writer.Write(SpeedingDistanceM);
        writer.Write(NightDistanceM);
        writer.Write(RushAmDistanceM);
        writer.Write(RushPmDistanceM);
        writer.Write(PhoneUseS);
        writer.Write(DaysDriven);
        writer.Write(StartedBefore?.DayNumber ?? NoDate);
        writer.Write(LongestTripM);
        writer.Write(LastEndedAt.Ticks);
        writer.Write((short)LastEndedAt.TotalOffsetMinutes);
        writer.Write(CoarseDistanceM);
        writer.Write(DeviceEventTripCount);
    }

    /// <param name="version">The layout's <see cref="StoredDrivingHistory"/> version: 1 has neither <see cref="CoarseDistanceM"/> nor
    /// <see cref="DeviceEventTripCount"/>, which were 0 for every trip then.</param>
    internal static DrivingPeriod ReadFrom(ref PackedReader reader, byte version)
    {
        var period = new DrivingPeriod(Epoch);
        period.Read(ref reader, version);
        return period;
    }

    /// <summary>Replaces every field and array element of this period with the next period <paramref name="reader"/> holds.</summary>
    /// <inheritdoc cref="ReadFrom" path="/param"/>
    internal void Read(ref PackedReader reader, byte version)
    {
        First = DateOnly.FromDayNumber(reader.ReadInt32());
        WeekdayDistanceM = reader.ReadDoubles(WeekdayDistanceM);
        LongTripDistanceM = reader.ReadDoubles(LongTripDistanceM);
        AccelerationCounts = reader.ReadInt32s(AccelerationCounts);
        BrakingCounts = reader.ReadInt32s(BrakingCounts);
        LeftTurnCounts = reader.ReadInt32s(LeftTurnCounts);
        RightTurnCounts = reader.ReadInt32s(RightTurnCounts);
        TripCount = reader.ReadInt32();
        DistanceM = reader.ReadDouble();
        DurationS = reader.ReadDouble();
        MovingTimeS = reader.ReadDouble();
        SpeedingTimeS = reader.ReadDouble();
        SpeedingDistanceM = reader.ReadDouble();
        NightDistanceM = reader.ReadDouble();
        RushAmDistanceM = reader.ReadDouble();
        RushPmDistanceM = reader.ReadDouble();
        PhoneUseS = reader.ReadDouble();
        DaysDriven = reader.ReadUInt16();
        StartedBefore = reader.ReadInt32() is var day and not NoDate ? DateOnly.FromDayNumber(day) : null;
        LongestTripM = reader.ReadDouble();
        LastEndedAt = new DateTimeOffset(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16()));
        CoarseDistanceM = version >= 2 ? reader.ReadDouble() : 0;
        DeviceEventTripCount = version >= 2 ? reader.ReadInt32() : 0;
    }

    /// <summary>Adds <paramref name="values"/> to <paramref name="sums"/> element by element, as far as both go.</summary>
    internal static void AddTo<T>(T[] sums, T[] values) where T : INumber<T>
    {
        for (var i = 0; i < sums.Length && i < values.Length; i++)
        {
            sums[i] += values[i];
        }
    }

    private void AddDates(DateOnly start, DateOnly end)
    {
        if (start < First)
        {
            StartedBefore = StartedBefore is { } before && before < start ? before : start;
        }

        for (var date = start < First ? First : start; date <= end; date = date.AddDays(1))
        {
            DaysDriven |= (ushort)(1 << (date.DayNumber - First.DayNumber));
        }
    }
}
