namespace Telematics.Trips;

/// <summary>
/// Puts UTC instants into <see cref="LocalTimeBucket"/>s of the configured zone, cheaply enough to ask per sample.
/// </summary>
/// <remarks>
/// A bucket can only change on a local hour boundary or a clock change, and in every zone in use both fall
/// on a UTC quarter hour (offsets are multiples of 15 minutes), so one conversion serves a whole quarter hour.
/// </remarks>
internal sealed class LocalTimeClassifier(TripFeatureOptions options)
{
    private const long QuarterHourTicks = 15 * TimeSpan.TicksPerMinute;
    private readonly TimeZoneInfo _zone = options.ResolveTimeZone();
    private long _validFrom = long.MaxValue;
    private long _validUntil = long.MinValue;
    private LocalTimeBucket _bucket;

    public LocalTimeBucket Classify(long utcTicks)
    {
        if (utcTicks < _validFrom || utcTicks >= _validUntil)
        {
            _validFrom = utcTicks - utcTicks % QuarterHourTicks;
            _validUntil = _validFrom + QuarterHourTicks;
            _bucket = BucketOf(LocalTime(utcTicks));
        }

        return _bucket;
    }

    public DateOnly LocalDate(long utcTicks) => DateOnly.FromDateTime(LocalTime(utcTicks));

    private DateTime LocalTime(long utcTicks) =>
        TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), _zone);

    private LocalTimeBucket BucketOf(DateTime local)
    {
        var rushDay = !options.RushHoursOnWeekdaysOnly || local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        return new LocalTimeBucket(
            local.DayOfWeek,
            Night: InWindow(local.Hour, options.NightStartHour, options.NightEndHour),
            RushAm: rushDay && InWindow(local.Hour, options.RushAmStartHour, options.RushAmEndHour),
            RushPm: rushDay && InWindow(local.Hour, options.RushPmStartHour, options.RushPmEndHour));
    }

    private static bool InWindow(int hour, int start, int end) =>
        start <= end ? hour >= start && hour < end : hour >= start || hour < end;
}
