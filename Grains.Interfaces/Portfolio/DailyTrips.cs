namespace Telematics.Portfolio;

/// <summary>
/// The trips the read model learned of on one UTC day: the rise of the drivers' trip counts carried by that day's
/// updates (a new driver's whole count on the day it arrives).
/// </summary>
public sealed record DailyTrips(DateOnly Day, long Trips)
{
    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, both included, with the days <paramref name="counted"/> lacks at 0.</summary>
    public static IReadOnlyList<DailyTrips> Series(DateOnly from, DateOnly to, IReadOnlyDictionary<DateOnly, long> counted) =>
        [.. Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber + 1)).Select(n => from.AddDays(n)).Select(day => new DailyTrips(day, counted.GetValueOrDefault(day)))];

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
