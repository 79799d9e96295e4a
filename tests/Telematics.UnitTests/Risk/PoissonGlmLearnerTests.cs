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
        var fit = PoissonGlmLearner.Fit(new MLContext(seed: 1), TwoGroups, featureCount: 1, l2Regularization: 0);

        Assert.Equal(1 / 1.75, Math.Exp(fit.LogRate.LogRate([0f])), 3);
        Assert.Equal(1.0, Math.Exp(fit.LogRate.LogRate([1f])), 3);
    }

    [Fact]
    public void Exported_coefficients_score_as_the_ml_net_pipeline_does()
    {
        var ml = new MLContext(seed: 1);
        var fit = PoissonGlmLearner.Fit(ml, TwoGroups, featureCount: 1, l2Regularization: 0);

        var pipelineRates = FrequencyData.PredictRates(ml, fit.Pipelines.Single(), TwoGroups, featureCount: 1);

        for (var i = 0; i < TwoGroups.Length; i++)
        {
            Assert.Equal(pipelineRates[i], Math.Exp(fit.LogRate.LogRate(TwoGroups[i].Features)), 5);
        }
    }

}
