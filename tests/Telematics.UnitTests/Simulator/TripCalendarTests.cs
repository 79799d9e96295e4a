using Telematics.Simulator.Driving;

namespace Telematics.UnitTests.Simulator;

public sealed class TripCalendarTests
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    public void The_share_of_trips_starting_between_midnight_and_four_follows_the_profile(double nightShare)
    {
        var profile = DrivingProfile.Average with { NightTripShare = nightShare };
        var random = new Random(5);

        var night = Enumerable.Range(0, 2_000)
            .Select(i => TimeZoneInfo.ConvertTime(TripCalendar.StartOn(new DateOnly(2026, 3, 1).AddDays(i % 60), profile, Toronto, random), Toronto))
            .Count(start => start.Hour < 4);

        Assert.InRange(night / 2_000.0, nightShare - 0.03, nightShare + 0.03);
    }
}
