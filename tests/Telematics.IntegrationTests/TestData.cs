using Telematics.Drivers;
using Telematics.Telemetry;

namespace Telematics.IntegrationTests;

internal static class TestData
{
    public static readonly RatingVariables Rating = new(
        InsuredAge: 35, InsuredSex: Sex.Female, CarAge: 4, Marital: MaritalStatus.Married, CarUse: CarUse.Commute,
        CreditScore: 720, Region: Region.Urban, AnnualMilesDeclared: 12_000, YearsNoClaims: 12, Territory: 35);

    private const double MetresPerDegreeLatitude = 111_195.08;

    /// <summary>
    /// A drive due north at 25 m/s for <paramref name="seconds"/> at 1 Hz, with a 3 s braking at <paramref name="brakingMphPerS"/>
    /// every minute (none when not <paramref name="harsh"/>), ending <paramref name="ago"/> before now.
    /// </summary>
    public static List<TelematicsEvent> HarshTrip(int seconds, TimeSpan ago, bool harsh = true, double brakingMphPerS = 10)
    {
        var now = DateTimeOffset.UtcNow;
        var start = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero) - ago - TimeSpan.FromSeconds(seconds);
        return Enumerable.Range(0, seconds).Select(i => new TelematicsEvent(
            start.AddSeconds(i),
            45.5 + i * 25 / MetresPerDegreeLatitude,
            -73.6,
            25,
            0,
            harsh && i % 60 is >= 30 and < 33 ? -brakingMphPerS * 0.44704 : 0,
            0,
            AccuracyM: 5,
            Ignition: true)).ToList();
    }

    /// <summary><see cref="HarshTrip"/> starting at the latest 02:30 local time in the zone that lies at least an hour in the past.</summary>
    public static List<TelematicsEvent> HalfPastTwoAtNight(string timeZoneId, int seconds)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone).Date;
        var start = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(today.AddHours(2.5), zone), TimeSpan.Zero);
        start = start > DateTimeOffset.UtcNow.AddHours(-1) - TimeSpan.FromSeconds(seconds) ? start.AddDays(-1) : start;
        var trip = HarshTrip(seconds, ago: TimeSpan.Zero);
        return [.. trip.Select(e => e with { Timestamp = start + (e.Timestamp - trip[0].Timestamp) })];
    }

    /// <summary>The trip with its last fix reporting the ignition off, as a device does on parking.</summary>
    public static List<TelematicsEvent> ParkedAtTheEnd(List<TelematicsEvent> trip)
    {
        trip[^1] = trip[^1] with { Ignition = false };
        return trip;
    }

    public static DriverRegistration Registration(string name) => new(name, Rating, DateTimeOffset.UtcNow.AddDays(-30));
}
