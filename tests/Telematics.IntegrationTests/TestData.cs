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

    public static DriverRegistration Registration(string name) => new(name, Rating, DateTimeOffset.UtcNow.AddDays(-30));
}
