namespace Telematics.Simulator.Driving;

/// <summary>
/// When a driver sets off: a share of trips in the small hours (the profile's night habit, 00:00–04:00 local,
/// the platform's night), the rest through the day, most in the commuting peaks.
/// </summary>
public static class TripCalendar
{
    private static readonly int[] DaytimeHours = [7, 7, 8, 8, 9, 10, 11, 12, 12, 13, 14, 15, 16, 16, 17, 17, 18, 19, 20, 21, 22];

    public static DateTimeOffset StartOn(DateOnly localDate, DrivingProfile profile, TimeZoneInfo zone, Random random)
    {
        var hour = random.NextDouble() < profile.NightTripShare ? random.Next(4) : DaytimeHours[random.Next(DaytimeHours.Length)];
        var local = localDate.ToDateTime(new TimeOnly(hour, random.Next(60), random.Next(60)));
        // A local time skipped by a daylight-saving change has no UTC instant; an hour later always has one.
        var valid = zone.IsInvalidTime(local) ? local.AddHours(1) : local;
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(valid, zone), TimeSpan.Zero);
    }
}
