using Telematics.Live;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Web;

public sealed class TripProgressTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 7, 30, 0, TimeSpan.Zero);

    private static TelematicsEvent Fix(int second, double accelLongMps2 = 0) =>
        new(Start.AddSeconds(second), 45.5 + second * 0.125, -73.6, 20 + second, 0, accelLongMps2, 0);

    [Fact]
    public void No_fixes_make_no_progress() => Assert.Null(TripProgress.Of("T-1", "DRV-1", []));

    [Fact]
    public void The_progress_is_at_the_newest_fix_whatever_the_order_they_came_in()
    {
        var progress = TripProgress.Of("T-1", "DRV-1", [Fix(2), Fix(5), Fix(1)])!;

        Assert.Equal((Start.AddSeconds(5), 46.125, -73.6, 25.0), (progress.At, progress.Latitude, progress.Longitude, progress.SpeedMps));
        Assert.Equal(("T-1", "DRV-1", false), (progress.TripId, progress.DriverId, progress.Ended));
        Assert.Empty(progress.HarshMoments);
    }

    [Fact]
    public void A_run_of_harsh_fixes_is_one_moment_at_its_first_and_braking_and_acceleration_are_told_apart()
    {
        var brake = -10 * 0.44704;
        var progress = TripProgress.Of("T-1", "DRV-1", [Fix(0), Fix(1, brake), Fix(2, brake * 1.2), Fix(3), Fix(4, 3.0), Fix(5, -2.0)])!;

        Assert.Collection(
            progress.HarshMoments,
            m => Assert.Equal((Start.AddSeconds(1), true, 10.0), (m.At, m.Braking, Math.Round(m.MphPerSecond, 6))),
            m => Assert.Equal((Start.AddSeconds(4), false), (m.At, m.Braking)));
    }

    [Fact]
    public void Just_below_the_lowest_threshold_is_not_harsh()
    {
        var progress = TripProgress.Of("T-1", "DRV-1", [Fix(0, -TripProgress.HarshMps2 * 0.99), Fix(1, TripProgress.HarshMps2)])!;

        Assert.Equal([Start.AddSeconds(1)], progress.HarshMoments.Select(m => m.At));
    }

    [Fact]
    public void A_run_that_began_in_the_delivery_before_is_not_a_new_moment()
    {
        var brake = -3.5;
        var progress = TripProgress.Of("T-1", "DRV-1", [Fix(10, brake), Fix(11), Fix(12, brake)], accelerationBefore: brake)!;

        Assert.Equal([Start.AddSeconds(12)], progress.HarshMoments.Select(m => m.At));
    }

    [Fact]
    public void Readings_that_are_not_numbers_show_no_position_speed_or_moment_and_the_progress_stays_finite()
    {
        var progress = TripProgress.Of(
            "T-1",
            "DRV-1",
            [Fix(1, double.NegativeInfinity), Fix(2, double.NaN) with { SpeedMps = double.NaN }, Fix(3, -TripProgress.HarshMps2) with { Latitude = double.NaN }])!;

        Assert.Equal((Start.AddSeconds(2), 45.75, 0.0), (progress.At, progress.Latitude, progress.SpeedMps));
        Assert.Empty(progress.HarshMoments);
        Assert.DoesNotContain("NaN", System.Text.Json.JsonSerializer.Serialize(progress));
    }

    [Fact]
    public void Fixes_without_a_position_make_no_progress() =>
        Assert.Null(TripProgress.Of("T-1", "DRV-1", [Fix(1) with { Longitude = double.PositiveInfinity }]));
}
