using Telematics.Api.Web.Services;
using Telematics.Risk;

namespace Telematics.UnitTests.Web;

public sealed class ModelVersionSummaryTests
{
    private static readonly ModelRegistry Registry = new(new RiskModelOptions());

    private static ModelManifest Shipped => Registry.ReadManifest(Registry.Versions[^1]);

    [Fact]
    public void A_version_shows_what_it_was_trained_on_and_the_figures_of_the_learners_it_scores_with()
    {
        var manifest = Shipped;

        var summary = ModelVersionSummary.Of(manifest);

        Assert.Equal((manifest.Version, manifest.TrainedAt, manifest.DataFile), (summary.Version, summary.TrainedAt, summary.DataFile));
        Assert.Equal((manifest.TrainingPolicies, manifest.ValidationPolicies, manifest.FinalFitPolicies), (summary.TrainingPolicies, summary.ValidationPolicies, summary.FinalFitPolicies));
        Assert.Equal(manifest.PortfolioFrequency, summary.PortfolioFrequency);
        foreach (var (set, shipped, learner) in new[] { (FeatureSet.Classical, summary.Classical, manifest.Classical.Learner), (FeatureSet.Telematics, summary.Telematics, manifest.Telematics.Learner) })
        {
            var candidate = manifest.Candidates.Single(c => c.Set == set && c.Learner == learner);
            Assert.Equal(learner, shipped.Learner);
            Assert.Equal(candidate.Validation.MeanDeviance, shipped.Validation!.MeanDeviance);
            Assert.Equal(1 - candidate.Validation.MeanDeviance / candidate.Validation.MeanNullDeviance, shipped.Validation.DevianceExplained, 12);
            Assert.Equal(candidate.Validation.NormalizedGini, shipped.Validation.NormalizedGini);
            Assert.Equal(candidate.Validation.Deciles[^1].ActualFrequency / candidate.Validation.Deciles[0].ActualFrequency, shipped.Validation.TopToBottomLift, 12);
            Assert.Equal(candidate.CrossValidation.NormalizedGini, shipped.CrossValidation!.NormalizedGini);
        }

        // The shipped telematics blend, as docs/model-card.md gives it.
        Assert.Equal(0.470, summary.Telematics.Validation!.NormalizedGini, 3);
    }

    [Fact]
    public void Calibration_is_all_actual_claims_over_all_expected_ones()
    {
        var evaluation = new FrequencyEvaluation(4, 0.2, 0.25, 0.3, [new DecileResult(1, 100, 3, 4), new DecileResult(2, 100, 9, 6)]);

        var fit = ModelFit.Of(evaluation);

        Assert.Equal(12.0 / 10.0, fit.ActualToExpected, 12);
        Assert.Equal(3.0, fit.TopToBottomLift, 12);
        Assert.Equal(0.2, fit.DevianceExplained, 12);
    }

    [Fact]
    public void A_learner_without_a_candidate_in_the_manifest_has_no_figures()
    {
        var summary = ModelVersionSummary.Of(Shipped with { Candidates = [] });

        Assert.Null(summary.Telematics.Validation);
        Assert.Null(summary.Telematics.CrossValidation);
        Assert.Equal(Shipped.Telematics.Learner, summary.Telematics.Learner);
    }
}
