using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// A frequency model in the form every learner takes: ln(rate) = <see cref="Intercept"/> + Σ Terms[j].Contribution(x[j]) + Σ Pairs[p].Contribution(x).
/// A Poisson GLM is additive by construction, boosted stumps are too (each tree splits one term) and depth-2 trees fold
/// into terms and pairs (each tree splits one or two), so contributions are exact for all, and scoring needs no ML.NET engine. <see cref="Intercept"/> is the log-rate of the portfolio's average driver.
/// </summary>
public sealed record AdditiveLogRate(double Intercept, ImmutableArray<TermEffect> Terms)
{
    /// <summary>
    /// Joint effects of two terms (depth-2 trees), added to the terms' own. Empty for the GLM and stumps, and for versions
    /// saved before interactions were learned, which is why it is not a constructor parameter the manifest must carry.
    /// </summary>
    public ImmutableArray<PairEffect> Pairs { get; init; } = [];

    public double LogRate(ReadOnlySpan<float> features)
    {
        var logRate = Intercept;
        for (var j = 0; j < Terms.Length; j++)
        {
            logRate += Terms[j].Contribution(features[j]);
        }

        foreach (var pair in Pairs)
        {
            logRate += pair.Contribution(features);
        }

        return logRate;
    }
}
