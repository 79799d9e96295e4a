using System.Text.Json;
using Microsoft.ML;
using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

/// <summary>Boosted depth-2 trees: folded exactly into steps and pair tables, and monotone where declared.</summary>
public sealed class PairwiseTreesTests
{
    // Term 0 must not decrease (a harsh-event rate), term 1 is free (miles), term 2 must not decrease too. The true rate
    // rises in term 0 for low miles but falls in it for high miles, so unconstrained trees learn a dip the constraint must remove.
    private static readonly bool[] Increasing = [true, false, true];

    private static FrequencyExample[] Portfolio(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var (harsh, miles, other) = (random.NextDouble() * 3, random.NextDouble(), random.NextDouble() * 2);
            var logRate = -1.5 + 0.4 * harsh + 0.5 * miles + 0.3 * other - 0.9 * harsh * (miles > 0.6 ? 1 : 0);
            var exposure = 0.5 + random.NextDouble() * 0.5;
            return new FrequencyExample([(float)harsh, (float)miles, (float)other], Poisson(random, Math.Exp(logRate) * exposure), exposure);
        })];
    }

    private static int Poisson(Random random, double mean)
    {
        var (limit, product, count) = (Math.Exp(-mean), random.NextDouble(), 0);
        while (product > limit)
        {
            product *= random.NextDouble();
            count++;
        }

        return count;
    }

    private static FittedFrequencyModel Fit(MLContext ml, FrequencyExample[] examples) =>
        TweedieBoostingLearner.Fit(ml, examples, featureCount: 3, [.. Increasing], leaves: 3);

    [Fact]
    public void The_learned_steps_and_pair_tables_score_as_the_ml_net_trees_do()
    {
        var ml = new MLContext(seed: 1);
        var examples = Portfolio(6_000, seed: 7);

        var fit = Fit(ml, examples);
        var pipelineRates = FrequencyData.PredictRates(ml, fit.Pipelines.Single(), examples, featureCount: 3);

        Assert.NotEmpty(fit.Learned.Pairs);
        Assert.Contains(fit.Learned.Pairs, p => (p.First, p.Second) == (0, 1));
        for (var i = 0; i < examples.Length; i++)
        {
            Assert.Equal(Math.Log(pipelineRates[i]), fit.Learned.LogRate(examples[i].Features), 1e-4);
        }
    }

    [Fact]
    public void Sweeping_an_increasing_term_up_its_range_never_lowers_the_constrained_rate_though_the_learned_one_falls()
    {
        var ml = new MLContext(seed: 1);
        var examples = Portfolio(6_000, seed: 7);

        var fit = Fit(ml, examples);

        var learnedFalls = false;
        foreach (var driver in examples.Take(25))
        {
            foreach (var term in new[] { 0, 2 })
            {
                var (previous, previousLearned) = (double.NegativeInfinity, double.NegativeInfinity);
                for (var step = 0; step <= 60; step++)
                {
                    var features = driver.Features.ToArray();
                    features[term] = (float)(3.6 * step / 60);

                    var (rate, learned) = (fit.LogRate.LogRate(features), fit.Learned.LogRate(features));

                    Assert.True(rate >= previous - 1e-12, $"term {term} at {features[term]} lowers the log-rate from {previous} to {rate}");
                    learnedFalls |= learned < previousLearned - 1e-6;
                    (previous, previousLearned) = (rate, learned);
                }
            }
        }

        Assert.True(learnedFalls, "the learned trees never fall in an increasing term, so the sweep tests nothing");
    }

    [Fact]
    public void Pair_tables_are_kept_by_the_manifest_and_a_form_saved_without_them_reads_as_having_none()
    {
        var pair = new PairEffect(0, 1, [1.0], [2.0, 3.0], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], FirstFill: 1, SecondFill: 2, Centre: 0.3);
        var model = new AdditiveLogRate(-2, [TermEffect.Linear(0.1, 1), TermEffect.Linear(0.2, 2)]) { Pairs = [pair] };

        var read = JsonSerializer.Deserialize<AdditiveLogRate>(JsonSerializer.Serialize(model, ManifestJson.Options), ManifestJson.Options)!;
        var older = JsonSerializer.Deserialize<AdditiveLogRate>("""{"intercept":-2,"terms":[]}""", ManifestJson.Options)!;

        Assert.Equal(model.LogRate([1.5f, 2.5f]), read.LogRate([1.5f, 2.5f]), 12);
        Assert.Equal(pair.Cells.ToArray(), read.Pairs.Single().Cells.ToArray());
        Assert.Empty(older.Pairs);
    }
}
