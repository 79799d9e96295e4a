using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class FrequencyMetricsTests
{
    [Fact]
    public void Poisson_deviance_matches_the_hand_computation()
    {
        // 2·[1·ln(1/0.5) − (1 − 0.5)] + 2·[0 − (0 − 0.25·2)] = 0.386294… + 1
        FrequencyOutcome[] outcomes = [new(1, 1, 0.5), new(0, 2, 0.25)];

        Assert.Equal(2 * (Math.Log(2) - 0.5) + 1, FrequencyMetrics.PoissonDeviance(outcomes), 12);
    }

    [Fact]
    public void Null_deviance_uses_the_overall_claim_rate()
    {
        // 1 claim in 3 years: the null model predicts 1/3 for both.
        FrequencyOutcome[] outcomes = [new(1, 1, 0.5), new(0, 2, 0.25)];
        var expected = 2 * (Math.Log(3) - (1 - 1.0 / 3)) + 2 * (2.0 / 3);

        var evaluation = FrequencyEvaluation.Of(outcomes);

        Assert.Equal(expected / 2, evaluation.MeanNullDeviance, 12);
        Assert.Equal(1 - (2 * (Math.Log(2) - 0.5) + 1) / expected, evaluation.DevianceExplained, 12);
    }

    [Fact]
    public void Normalised_gini_matches_the_hand_drawn_lorenz_curves()
    {
        // Model order P1, P2, P3: area 0.25·(1/3) + 0.25·(2/3) + 0.5·(5/6) = 2/3 → Gini 1/3.
        // Actual-rate order P1, P3, P2: area 0.25·(1/3) + 0.5·(5/6) + 0.25·1 = 3/4 → Gini 1/2.
        FrequencyOutcome[] outcomes = [new(2, 1, 0.3), new(0, 1, 0.2), new(1, 2, 0.1)];

        Assert.Equal(1.0 / 3, FrequencyMetrics.Gini(outcomes, o => o.PredictedRate), 12);
        Assert.Equal(2.0 / 3, FrequencyMetrics.NormalizedGini(outcomes), 12);
    }

    [Fact]
    public void Deciles_split_exposure_evenly_by_predicted_rate()
    {
        // Ten one-year policies, given in reverse: decile d holds the policy predicted at d/10 with d claims... except the last, with none.
        var outcomes = Enumerable.Range(1, 10).Reverse()
            .Select(d => new FrequencyOutcome(d == 10 ? 0 : d, 1, d / 10.0))
            .ToList();

        var deciles = FrequencyMetrics.Deciles(outcomes);

        Assert.Equal(10, deciles.Length);
        Assert.All(deciles.Take(9), d => Assert.Equal(10, d.ActualToExpected, 12));
        Assert.Equal(0, deciles[9].ActualToExpected);
        Assert.All(deciles, d => Assert.Equal(1, d.ExposureYears));
        Assert.Equal(0.3, deciles[2].ExpectedClaims, 12);
    }
}
