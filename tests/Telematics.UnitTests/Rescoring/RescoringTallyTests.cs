using Telematics.Drivers;
using Telematics.Pricing;
using Telematics.Rescoring;
using Telematics.Risk;

namespace Telematics.UnitTests.Rescoring;

public sealed class RescoringTallyTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static RescoreOutcome Outcome(double scoreBefore, double scoreAfter, decimal premiumBefore, decimal premiumAfter) => new(
        "job",
        new RiskScore(0.05, scoreBefore, RiskCategory.Moderate, "v1", Now, 1, false, 1_000),
        new PremiumQuote(premiumBefore, premiumBefore, 0, "", "v1", Now),
        new DriverUpdated("DRV-1", "Driver 1", 0, 0, new RiskScore(0.05, scoreAfter, RiskCategory.Moderate, "v2", Now, 1, false, 1_000), new PremiumQuote(premiumAfter, premiumAfter, 0, "", "v2", Now), Now));

    [Fact]
    public void Counts_premiums_up_down_and_unchanged_and_sums_the_change()
    {
        var tally = new RescoringTally();

        tally.Add(Outcome(40, 45, 500m, 520m));
        tally.Add(Outcome(40, 35, 500m, 450m));
        tally.Add(Outcome(40, 40, 500m, 500m));

        Assert.Equal((3, 1, 1, 1), (tally.Done, tally.PremiumsUp, tally.PremiumsDown, tally.PremiumsUnchanged));
        Assert.Equal(-30m, tally.TotalPremiumChange);
    }

    [Fact]
    public void Bands_scores_by_tens_with_100_in_the_top_band()
    {
        var tally = new RescoringTally();

        tally.Add(Outcome(0, 9.99, 1m, 1m));
        tally.Add(Outcome(10, 100, 1m, 1m));

        Assert.Equal([1, 1, 0, 0, 0, 0, 0, 0, 0, 0], tally.ScoreBandsBefore);
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0, 0, 1], tally.ScoreBandsAfter);
    }

    [Fact]
    public void Lists_at_most_a_hundred_failures_but_counts_them_all()
    {
        var tally = new RescoringTally();

        for (var i = 0; i < 150; i++)
        {
            tally.Fail(new RescoringFailure($"DRV-{i}", "unknown model version"));
        }

        Assert.Equal(150, tally.Failed);
        Assert.Equal(RescoringTally.MaxFailuresListed, tally.Failures.Count);
    }
}
