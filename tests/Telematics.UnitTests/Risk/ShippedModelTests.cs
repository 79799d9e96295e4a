using Microsoft.ML;
using Telematics.Drivers;
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
    public void The_learned_additive_form_scores_the_mean_log_rate_of_the_saved_pipelines(FeatureSet set)
    {
        var (saved, schema) = Saved(set);
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
            Assert.Equal(logRates.Average(rates => Math.Log(rates[i])), saved.Learned.LogRate(examples[i].Features), 1e-4);
        }
    }

    [Theory]
    [InlineData(FeatureSet.Classical)]
    [InlineData(FeatureSet.Telematics)]
    public void The_scored_form_departs_from_the_learned_one_only_to_make_increasing_terms_non_decreasing(FeatureSet set)
    {
        var (saved, schema) = Saved(set);

        var pooled = 0;
        for (var j = 0; j < schema.Terms.Length; j++)
        {
            var (scored, learned) = (saved.LogRate.Terms[j], saved.Learned.Terms[j]);
            Assert.Equal(learned.Slope, scored.Slope);
            Assert.Equal(learned.Thresholds.ToArray(), scored.Thresholds.ToArray());
            if (schema.Increasing[j])
            {
                Assert.True(scored.Slope >= 0, $"{schema.Terms[j].Name} has slope {scored.Slope}");
                Assert.All(scored.Steps.Zip(scored.Steps.Skip(1)), pair => Assert.True(pair.First <= pair.Second, $"{schema.Terms[j].Name} steps down"));
                pooled += scored.Steps.SequenceEqual(learned.Steps) ? 0 : 1;
            }
            else
            {
                Assert.Equal(learned.Steps.ToArray(), scored.Steps.ToArray());
                Assert.Equal(learned.Centre, scored.Centre);
            }
        }

        Assert.Equal(saved.Learned.Intercept - saved.Learned.Terms.Sum(t => t.Centre), saved.LogRate.Intercept - saved.LogRate.Terms.Sum(t => t.Centre), 9);
        Assert.True(set == FeatureSet.Classical || pooled > 0, "no step function of the telematics model needed pooling: the check would not see one that did");
    }

    /// <summary>Issue 28: more harsh accelerations, brakings or sharp turns never lower the expected claim frequency.</summary>
    [Fact]
    public void Sweeping_any_increasing_variable_up_its_range_never_lowers_the_frequency()
    {
        var manifest = ShippedManifest();
        var variables = FrequencyFeatureSchema.Create(FeatureSet.Telematics, manifest.Territories).Variables
            .Where(v => v.Direction == RiskDirection.Increasing)
            .ToList();
        var drivers = shipped.Split.Validation.Where(p => p.Driving.Accel14Miles < RiskVariables.HarshEventCap && p.Driving.Brake14Miles < RiskVariables.HarshEventCap).Take(25);

        Assert.Equal(22, variables.Count);
        foreach (var driver in drivers)
        {
            foreach (var variable in variables)
            {
                var property = typeof(DriverFeatures).GetProperty(variable.Name)!;
                var top = manifest.VariableRanges[variable.Name].Max * 1.2;
                var previous = 0.0;
                for (var step = 0; step <= 60; step++)
                {
                    var features = driver.Driving with { };
                    property.SetValue(features, top * step / 60);

                    var frequency = shipped.Model.Assess(driver.Rating, features).TelematicsFrequency;

                    Assert.True(frequency >= previous * (1 - 1e-12), $"{variable.Name} at {top * step / 60} lowers the frequency of a validation driver from {previous} to {frequency}");
                    previous = frequency;
                }
            }
        }
    }

    [Fact]
    public void A_value_above_the_portfolio_range_scores_as_the_highest_level_and_is_flagged()
    {
        var manifest = ShippedManifest();
        var policy = shipped.Split.Validation.First(p => p.Driving.Accel14Miles < RiskVariables.HarshEventCap && p.Driving.TotalMilesDriven > 1_000);
        var highest = manifest.VariableRanges["Accel09Miles"].Max;

        var atEdge = shipped.Model.Explain(policy.Rating, policy.Driving with { Accel09Miles = highest }, int.MaxValue);
        var beyond = shipped.Model.Explain(policy.Rating, policy.Driving with { Accel09Miles = 357 }, int.MaxValue);

        Assert.True(357 > highest, $"the portfolio's highest rate is {highest}: pick a value above it");
        Assert.Equal(atEdge.ExpectedClaimFrequency, beyond.ExpectedClaimFrequency);
        Assert.Empty(atEdge.Capped);
        Assert.Equal(["Accel09Miles"], beyond.Capped.ToArray());
        Assert.True(beyond.NeedsReview);
        Assert.Contains("flagged for review", beyond.Summary);
        var factor = beyond.Raising.Concat(beyond.Lowering).Single(f => f.Variable == "Accel09Miles");
        Assert.True(factor.Capped);
        Assert.Contains("above the highest level in our data", factor.Description);
    }

    [Fact]
    public void A_driver_without_trips_is_scored_as_classical_and_categorised_by_the_multiple()
    {
        foreach (var policy in shipped.Split.Validation.Take(200))
        {
            var noTrips = shipped.Model.Assess(policy.Rating, null);
            var noMiles = shipped.Model.Assess(policy.Rating, policy.Driving with { TotalMilesDriven = 0 });

            Assert.Equal(noTrips.ClassicalFrequency, noTrips.TelematicsFrequency);
            Assert.Equal(noTrips.ClassicalFrequency, noMiles.TelematicsFrequency);
            Assert.True(noTrips.Provisional);
            Assert.Equal(noTrips.TelematicsFrequency / shipped.Model.PortfolioFrequency, noTrips.RelativeToAverage, 12);
            Assert.Equal(RiskCategories.FromRelativeFrequency(noTrips.RelativeToAverage), noTrips.Category);
        }

        var explanation = shipped.Model.Explain(shipped.Split.Validation[0].Rating, null, 3);
        Assert.False(explanation.UsesDrivingData);
        Assert.Contains("no driving recorded yet", explanation.Summary);
    }

    [Fact]
    public void A_driver_with_little_driving_is_weighted_toward_the_classical_score_and_called_provisional()
    {
        var manifest = ShippedManifest();
        var telematics = new FrequencyModel(FrequencyFeatureSchema.Create(FeatureSet.Telematics, manifest.Territories), manifest.Telematics.LogRate, manifest.VariableRanges);
        var policy = shipped.Split.Validation.First(p => p.Driving.Accel14Miles < RiskVariables.HarshEventCap);
        // 125 miles over the policy's days: a quarter of the miles full credibility needs.
        var driving = policy.Driving with { TotalMilesDriven = 125 };

        var risk = shipped.Model.Assess(policy.Rating, driving);
        var explanation = shipped.Model.Explain(policy.Rating, driving, int.MaxValue);

        Assert.Equal(0.25, risk.Credibility, 12);
        Assert.Equal(0.75 * Math.Log(risk.ClassicalFrequency) + 0.25 * Math.Log(telematics.Frequency(policy.Rating, driving)), Math.Log(risk.TelematicsFrequency), 9);
        Assert.True(explanation.Provisional);
        Assert.Contains("Provisional: based on 125 miles", explanation.Summary);
        Assert.Equal(Math.Log(explanation.ExpectedClaimFrequency / explanation.AverageDriverFrequency), explanation.Raising.Concat(explanation.Lowering).Sum(f => f.LogContribution), 9);
    }

    [Fact]
    public void A_driver_whose_miles_were_too_coarse_for_harsh_events_is_scored_by_the_rating_factors_for_them()
    {
        var policy = shipped.Split.Validation.First(p => p.Driving.TotalMilesDriven > 2_000 && p.Driving.ExposureDays >= TelematicsCredibility.FullDays);
        var allCoarse = policy.Driving with { HarshObservedMiles = 0 };
        var partly = policy.Driving with { HarshObservedMiles = 100 };

        var coarse = shipped.Model.Assess(policy.Rating, allCoarse);
        var explanation = shipped.Model.Explain(policy.Rating, partly, 3);

        Assert.Equal(coarse.ClassicalFrequency, coarse.TelematicsFrequency);
        Assert.True(coarse.Provisional);
        Assert.True(explanation.Provisional);
        Assert.Equal(0.2, shipped.Model.Assess(policy.Rating, partly).Credibility, 12);
        Assert.Contains($"harsh driving shows on 100 of {policy.Driving.TotalMilesDriven.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} miles", explanation.Summary);
        Assert.Equal(1, shipped.Model.Assess(policy.Rating, policy.Driving).Credibility);
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

    /// <summary>
    /// A pair table in an explanation: the shipped telematics form with a hand-made braking × miles table added, so that
    /// its split between the two variables is checked on real drivers.
    /// </summary>
    [Fact]
    public void A_pair_splits_its_contribution_between_its_variables_and_the_factors_still_add_up()
    {
        var manifest = ShippedManifest();
        var schema = FrequencyFeatureSchema.Create(FeatureSet.Telematics, manifest.Territories);
        var (brake, miles) = (schema.TermNames.IndexOf("ln1p(Brake08Miles)"), schema.TermNames.IndexOf("ln(MilesPerYear)"));
        // Rows: brakings ≤ e^1.5 − 1, ≤ e^2.5 − 1, above; columns: miles ≤ e^8, ≤ e^9.5, above. Non-decreasing down each
        // column (brakings must not lower the rate), free along the rows: more braking costs most at high mileage.
        var pair = new PairEffect(brake, miles, [1.5, 2.5], [8.0, 9.5], [0.0, 0.1, -0.2, 0.2, 0.3, 0.1, 0.5, 0.4, 0.6], FirstFill: 2, SecondFill: 9, Centre: 0.2);
        var withPair = new FrequencyModel(schema, manifest.Telematics.LogRate with { Pairs = [pair] }, manifest.VariableRanges);
        var without = new FrequencyModel(schema, manifest.Telematics.LogRate, manifest.VariableRanges);
        var brakeVariable = schema.VariableOfTerm[brake];
        var typicalBrakings = manifest.VariableRanges["Brake08Miles"].Median;

        var shares = new List<double>();
        foreach (var policy in shipped.Split.Validation.Take(200))
        {
            var contributions = withPair.Contributions(policy.Rating, policy.Driving);

            Assert.Equal(Math.Log(withPair.Frequency(policy.Rating, policy.Driving) / withPair.ReferenceFrequency), contributions.Sum(), 1e-9);
            // The pair's share of the braking factor has the sign of the driver's braking against the typical driver's.
            var share = contributions[brakeVariable] - without.Contributions(policy.Rating, policy.Driving)[brakeVariable];
            Assert.True(policy.Driving.Brake08Miles >= typicalBrakings ? share >= -1e-12 : share <= 1e-12,
                $"{policy.Driving.Brake08Miles} brakings (typical {typicalBrakings}) get a pair share of {share}");
            shares.Add(share);
        }

        Assert.Contains(shares, s => Math.Abs(s) > 0.05);
    }

    [Fact]
    public void Explanation_speaks_of_the_driver_against_the_average()
    {
        var policy = shipped.Split.Validation.MaxBy(p => p.Driving.Brake08Miles)!;

        var explanation = shipped.Model.Explain(policy.Rating, policy.Driving, 3);

        Assert.InRange(explanation.Raising.Length, 1, 3);
        Assert.All(explanation.Raising, f => Assert.Contains("raises your premium", f.Description));
        Assert.All(explanation.Lowering, f => Assert.Contains("lowers your premium", f.Description));
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

    /// <summary>What the shipped model tells one driver with known features, word for word.</summary>
    [Fact]
    public void A_hard_braking_driver_is_told_in_their_own_terms()
    {
        var policy = shipped.Split.Validation[0];
        var driving = policy.Driving with { Brake08Miles = 60, Brake09Miles = 30, Accel06Miles = 150 };

        var explanation = shipped.Model.Explain(policy.Rating, driving, 3, annualPremium: 1_200m);

        Assert.Equal("1.0× the portfolio's average claim frequency (Moderate).", explanation.Summary);
        Assert.Equal(
            [
                "Hard brakings ≥ 8 mph/s: 60 per 1,000 mi, typical 7 per 1,000 mi — raises your premium 33% (+300.58 a year). Leave more room ahead so that you can slow down early and gently.",
                "Miles driven per year: 5,868 mi, typical 3,961 mi — raises your premium 30% (+275.43 a year)",
                "Hard brakings ≥ 9 mph/s: 30 per 1,000 mi, typical 3 per 1,000 mi — raises your premium 7% (+78.01 a year). Leave more room ahead so that you can slow down early and gently.",
            ],
            explanation.Raising.Select(f => f.Description).ToArray());
        Assert.Equal(
            [
                "Territory: 83 — lowers your premium 8% (−104.82 a year)",
                "Hard accelerations ≥ 9 mph/s: 0 per 1,000 mi, typical 1 per 1,000 mi — lowers your premium 6% (−74.01 a year)",
                "Tuesday driving: 22 %, typical 15 % — lowers your premium 5% (−59.29 a year)",
            ],
            explanation.Lowering.Select(f => f.Description).ToArray());
        Assert.Equal(
            [("Brake08Miles", "Hard brakings ≥ 8 mph/s"), ("MilesPerYear", "Miles driven per year"), ("Brake09Miles", "Hard brakings ≥ 9 mph/s")],
            explanation.Raising.Select(f => (f.Variable, f.Label)).ToArray());
    }

    private static (FrequencyModelManifest Saved, FrequencyFeatureSchema Schema) Saved(FeatureSet set)
    {
        var manifest = ShippedManifest();
        return (set == FeatureSet.Classical ? manifest.Classical : manifest.Telematics, FrequencyFeatureSchema.Create(set, manifest.Territories));
    }

    private static ModelManifest ShippedManifest() => ManifestJson.Read(Path.Combine(ShippedModelFixture.ShippedVersionDirectory, ModelManifest.FileName));
}
