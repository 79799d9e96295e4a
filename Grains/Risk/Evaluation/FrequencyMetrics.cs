using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>The pure arithmetic behind <see cref="FrequencyEvaluation"/>, exposure-aware throughout.</summary>
public static class FrequencyMetrics
{
    public const int DecileCount = 10;

    /// <summary>Total Poisson deviance 2·Σ[N·ln(N/μ) − (N − μ)] with μ = rate × exposure (N·ln N/μ is 0 when N = 0).</summary>
    public static double PoissonDeviance(IEnumerable<FrequencyOutcome> outcomes) =>
        2 * outcomes.Sum(o =>
        {
            var expected = o.ExpectedClaims;
            return (o.Claims > 0 ? o.Claims * Math.Log(o.Claims / expected) : 0) - (o.Claims - expected);
        });

    /// <summary>
    /// Gini of the ordered Lorenz curve: policies ranked from the highest predicted rate down, cumulative share of
    /// claims against cumulative share of exposure; 2 × area above the diagonal. Ties keep the input order.
    /// </summary>
    public static double Gini(IReadOnlyList<FrequencyOutcome> outcomes, Func<FrequencyOutcome, double> rankBy)
    {
        var totalExposure = outcomes.Sum(o => o.ExposureYears);
        var totalClaims = outcomes.Sum(o => o.Claims);
        double area = 0, claimsShare = 0;
        foreach (var o in outcomes.OrderByDescending(rankBy))
        {
            var next = claimsShare + o.Claims / totalClaims;
            area += (claimsShare + next) / 2 * (o.ExposureYears / totalExposure);
            claimsShare = next;
        }

        return 2 * (area - 0.5);
    }

    /// <summary>The model's Gini over the Gini of ranking by the actual claim rates, the best any model could rank.</summary>
    public static double NormalizedGini(IReadOnlyList<FrequencyOutcome> outcomes) =>
        Gini(outcomes, o => o.PredictedRate) / Gini(outcomes, o => o.Claims / o.ExposureYears);

    /// <summary>Ten groups of equal exposure by predicted rate; a policy falls in the decile that holds its exposure's midpoint.</summary>
    public static ImmutableArray<DecileResult> Deciles(IReadOnlyList<FrequencyOutcome> outcomes)
    {
        var totalExposure = outcomes.Sum(o => o.ExposureYears);
        var exposure = new double[DecileCount];
        var actual = new double[DecileCount];
        var expected = new double[DecileCount];
        var cumulative = 0.0;
        foreach (var o in outcomes.OrderBy(o => o.PredictedRate))
        {
            var decile = Math.Min(DecileCount - 1, (int)(DecileCount * (cumulative + o.ExposureYears / 2) / totalExposure));
            cumulative += o.ExposureYears;
            exposure[decile] += o.ExposureYears;
            actual[decile] += o.Claims;
            expected[decile] += o.ExpectedClaims;
        }

        return [.. Enumerable.Range(0, DecileCount).Select(d => new DecileResult(d + 1, exposure[d], actual[d], expected[d]))];
    }
}
