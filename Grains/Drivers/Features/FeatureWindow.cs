namespace Telematics.Drivers.Features;

/// <summary>
/// The window a driver's features are taken over: from <see cref="Start"/> to <see cref="End"/> (now), and the trips
/// of the periods (<see cref="DrivingPeriod"/>) from <see cref="FirstPeriod"/> on.
/// </summary>
/// <remarks>
/// Trips are kept as sums per period, so the window holds whole periods: a rolling window starts at the local
/// midnight that begins the first period at or after now less its length, and a trip is in it when it ends at or after
/// that start; the window is up to a period shorter than its length. A window that starts at the policy start is not
/// moved: no trip precedes the policy.
/// </remarks>
public readonly record struct FeatureWindow(DateTimeOffset Start, DateTimeOffset End, DateOnly FirstPeriod)
{
    public static FeatureWindow Of(DateTimeOffset policyStart, DateTimeOffset now, TimeSpan length, TimeZoneInfo zone)
    {
        var rolling = now - length;
        if (policyStart >= rolling)
        {
            return new FeatureWindow(policyStart, now, DrivingPeriod.FirstOf(LocalDate(policyStart, zone)));
        }

        var first = DrivingPeriod.FirstOf(LocalDate(rolling, zone));
        if (LocalMidnight(first, zone) < rolling)
        {
            first = first.AddDays(DrivingPeriod.Days);
        }

        return new FeatureWindow(LocalMidnight(first, zone), now, first);
    }

    /// <summary>Exposure: the window's length in days, at least one.</summary>
    public double ExposureDays => Math.Max(1.0, (End - Start).TotalDays);

    private static DateOnly LocalDate(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
