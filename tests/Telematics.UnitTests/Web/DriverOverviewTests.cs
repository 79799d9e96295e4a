using Telematics.Api.Web.Services;
using Telematics.Drivers;
using Telematics.Risk;

namespace Telematics.UnitTests.Web;

public sealed class DriverOverviewTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static DriverOverview With(params double[] scores) => new(
        new DriverProfile("DRV-1", "A driver", new RatingVariables(40, Sex.Female, 5, MaritalStatus.Married, CarUse.Commute, 750, Region.Urban, 8_000, 20, 35), At, 0, 0, null),
        null,
        [.. scores.Select((s, i) => new RiskScore(0.05, s, RiskCategory.Moderate, "v1", At.AddDays(i), 1, false, 600))],
        null,
        []);

    [Fact]
    public void The_trend_is_the_difference_of_the_scores_as_shown_so_86_then_73_is_13_points() =>
        Assert.Equal(-13, With(85.6, 80, 73.4).Trend);

    [Fact]
    public void A_half_point_rounds_up_as_the_score_is_shown() => Assert.Equal(1, With(72.4, 72.5).Trend);

    [Fact]
    public void One_score_has_no_trend() => Assert.Null(With(50).Trend);
}
