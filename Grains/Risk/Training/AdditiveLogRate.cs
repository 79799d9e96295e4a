using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// A frequency model in the form both shipped learners take: ln(rate) = <see cref="Intercept"/> + Σ Terms[j].Contribution(x[j]).
/// A Poisson GLM is additive by construction and boosted stumps are too (each tree splits one term), so contributions are
/// exact for both, and scoring needs no ML.NET engine. <see cref="Intercept"/> is the log-rate of the portfolio's average driver.
/// </summary>
public sealed record AdditiveLogRate(double Intercept, ImmutableArray<TermEffect> Terms)
{
    public double LogRate(ReadOnlySpan<float> features)
    {
        var logRate = Intercept;
        for (var j = 0; j < Terms.Length; j++)
        {
            logRate += Terms[j].Contribution(features[j]);
        }

        return logRate;
    }
}
