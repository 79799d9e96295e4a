using Microsoft.ML;
using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class PoissonGlmLearnerTests
{
    // Group x=0: 1 claim in 0.5 + 1.0 + 0.25 = 1.75 years → MLE rate 1/1.75 (the mean of the policies' own rates, 0.667, would be wrong).
    // Group x=1: 1 + 2 claims in 1 + 2 years → MLE rate 1.0 (mean of rates also 1.0).
    private static readonly FrequencyExample[] TwoGroups =
    [
        new([0f], 1, 0.5), new([0f], 0, 1.0), new([0f], 0, 0.25),
        new([1f], 1, 1.0), new([1f], 2, 2.0),
    ];

    [Fact]
    public void Weighted_fit_recovers_claims_over_exposure_per_group()
    {
        var fit = PoissonGlmLearner.Fit(new MLContext(seed: 1), TwoGroups, featureCount: 1, l2Regularization: 0, increasing: [false]);

        Assert.Equal(1 / 1.75, Math.Exp(fit.LogRate.LogRate([0f])), 3);
        Assert.Equal(1.0, Math.Exp(fit.LogRate.LogRate([1f])), 3);
    }

    [Fact]
    public void Exported_coefficients_score_as_the_ml_net_pipeline_does()
    {
        var ml = new MLContext(seed: 1);
        var fit = PoissonGlmLearner.Fit(ml, TwoGroups, featureCount: 1, l2Regularization: 0, increasing: [false]);

        var pipelineRates = FrequencyData.PredictRates(ml, fit.Pipelines.Single(), TwoGroups, featureCount: 1);

        for (var i = 0; i < TwoGroups.Length; i++)
        {
            Assert.Equal(pipelineRates[i], Math.Exp(fit.LogRate.LogRate(TwoGroups[i].Features)), 5);
        }
    }

    [Fact]
    public void An_increasing_term_that_fits_a_negative_slope_is_dropped_and_the_rest_refitted()
    {
        // Term 0 must not decrease, but its data fall (2 claims a year at 0, 0.5 at 1); term 1 is free and rises.
        FrequencyExample[] falling =
        [
            new([0f, 0f], 2, 1.0), new([1f, 0f], 1, 2.0),
            new([0f, 1f], 4, 1.0), new([1f, 1f], 2, 2.0),
        ];
        var ml = new MLContext(seed: 1);

        var fit = PoissonGlmLearner.Fit(ml, falling, featureCount: 2, l2Regularization: 0, increasing: [true, false]);

        Assert.Equal(0, fit.LogRate.Terms[0].Slope);
        // Without term 0 the MLE rate is claims over exposure at each level of term 1: 3 / 3 and 6 / 3.
        Assert.Equal(1.0, Math.Exp(fit.LogRate.LogRate([0f, 0f])), 3);
        Assert.Equal(2.0, Math.Exp(fit.LogRate.LogRate([1f, 1f])), 3);
        var pipelineRates = FrequencyData.PredictRates(ml, fit.Pipelines.Single(), falling, featureCount: 2);
        for (var i = 0; i < falling.Length; i++)
        {
            Assert.Equal(pipelineRates[i], Math.Exp(fit.LogRate.LogRate(falling[i].Features)), 5);
        }
    }
}
