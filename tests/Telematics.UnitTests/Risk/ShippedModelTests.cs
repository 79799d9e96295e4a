using Microsoft.ML;
using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

[Collection(ShippedModelCollection.Name)]
public sealed class ShippedModelTests(ShippedModelFixture shipped)
{
    [Fact]
    public void Telematics_beats_classical_on_the_held_out_split()
    {
        var evaluation = ModelEvaluation.Of(shipped.Model, shipped.Split.Validation);

        Assert.Equal(0, evaluation.Unscorable);
        Assert.True(evaluation.Telematics.MeanDeviance < evaluation.Classical.MeanDeviance,
            $"telematics deviance {evaluation.Telematics.MeanDeviance} vs classical {evaluation.Classical.MeanDeviance}");
        Assert.True(evaluation.Telematics.NormalizedGini > evaluation.Classical.NormalizedGini,
            $"telematics Gini {evaluation.Telematics.NormalizedGini} vs classical {evaluation.Classical.NormalizedGini}");
    }

    [Fact]
    public void The_shipped_model_is_the_refit_on_every_policy_of_its_file()
    {
        var manifest = ShippedManifest();

        Assert.Equal(shipped.Split.Training.Count, manifest.TrainingPolicies);
        Assert.Equal(shipped.Split.Training.Count + shipped.Split.Validation.Count, manifest.FinalFitPolicies);
        Assert.Equal(manifest.Telematics.Learner, manifest.Candidates.First(c => c.Set == FeatureSet.Telematics).Learner);
        Assert.Equal(manifest.Classical.Learner, manifest.Candidates.First(c => c.Set == FeatureSet.Classical).Learner);
    }

    [Theory]
    [InlineData(FeatureSet.Classical)]
    [InlineData(FeatureSet.Telematics)]
    public void The_additive_form_scores_the_mean_log_rate_of_the_saved_pipelines(FeatureSet set)
    {
        var manifest = ShippedManifest();
        var saved = set == FeatureSet.Classical ? manifest.Classical : manifest.Telematics;
        var schema = FrequencyFeatureSchema.Create(set, manifest.Territories);
        // The first 300 drivers and every capped device, whose harsh-event terms are missing and take each learner's fill.
        var examples = FrequencyExample.From(schema, shipped.Split.Validation)
            .Where((e, i) => i < 300 || e.Features.Any(float.IsNaN))
            .ToArray();
        var ml = new MLContext();
        var logRates = saved.Files
            .Select(file => FrequencyData.PredictRates(ml, ml.Model.Load(Path.Combine(ShippedModelFixture.ShippedVersionDirectory, file), out _), examples, schema.Terms.Length))
            .ToList();

        Assert.True(set == FeatureSet.Classical || examples.Length > 300, "no capped device among the validation drivers");
        for (var i = 0; i < examples.Length; i++)
        {
            Assert.Equal(logRates.Average(rates => Math.Log(rates[i])), saved.LogRate.LogRate(examples[i].Features), 1e-4);
        }
    }

    [Fact]
    public void Explanation_factors_add_up_to_the_gap_from_the_average_driver()
    {
        foreach (var policy in shipped.Split.Validation.Take(200))
        {
            foreach (var driving in new[] { policy.Driving, null })
            {
                var explanation = shipped.Model.Explain(policy.Rating, driving, int.MaxValue);

                var sum = explanation.Raising.Concat(explanation.Lowering).Sum(f => f.LogContribution);
                Assert.Equal(Math.Log(explanation.ExpectedClaimFrequency / explanation.AverageDriverFrequency), sum, 1e-9);
            }
        }
    }

    [Fact]
    public void Explanation_speaks_of_the_driver_against_the_average()
    {
        var policy = shipped.Split.Validation.MaxBy(p => p.Driving.Brake08Miles)!;

        var explanation = shipped.Model.Explain(policy.Rating, policy.Driving, 3);

        Assert.InRange(explanation.Raising.Length, 1, 3);
        Assert.All(explanation.Raising, f => Assert.Contains("raises frequency", f.Description));
        Assert.All(explanation.Lowering, f => Assert.Contains("lowers frequency", f.Description));
        Assert.True(explanation.UsesDrivingData);
        Assert.Equal(shipped.Model.Version, explanation.ModelVersion);
    }

    [Fact]
    public void Without_driving_data_the_classical_frequency_stands_alone()
    {
        var policy = shipped.Split.Validation[0];

        var risk = shipped.Model.Assess(policy.Rating, null);

        Assert.Equal(risk.ClassicalFrequency, risk.TelematicsFrequency);
        Assert.Equal(shipped.Model.Version, risk.ModelVersion);
        Assert.InRange(risk.Score, 0, 100);
    }

    [Fact]
    public void Invalid_rating_variables_are_refused_with_the_reason()
    {
        var rating = shipped.Split.Validation[0].Rating with { InsuredAge = 7, Territory = 9_999 };

        var error = Assert.Throws<InvalidRatingVariablesException>(() => shipped.Model.Assess(rating, null));

        Assert.Contains("insured age 7", error.Message);
        Assert.Contains("territory 9999", error.Message);
    }

    private static ModelManifest ShippedManifest() => ManifestJson.Read(Path.Combine(ShippedModelFixture.ShippedVersionDirectory, ModelManifest.FileName));
}
