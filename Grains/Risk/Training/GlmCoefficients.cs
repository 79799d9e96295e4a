using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// A Poisson GLM centred on the portfolio: ln(rate) = <see cref="Intercept"/> + Σ Weights[j]·(x[j] − Means[j]).
/// Centring makes <see cref="Intercept"/> the log-rate of the average driver and each weighted deviation a term's exact
/// contribution to a driver's difference from that average. A missing term (NaN) takes the mean: it contributes nothing.
/// </summary>
public sealed record GlmCoefficients(double Intercept, ImmutableArray<double> Means, ImmutableArray<double> Weights)
{
    public double LogRate(ReadOnlySpan<float> features)
    {
        var logRate = Intercept;
        for (var j = 0; j < Weights.Length; j++)
        {
            logRate += Contribution(j, features[j]);
        }

        return logRate;
    }

    public double Contribution(int term, float value) => float.IsNaN(value) ? 0 : Weights[term] * (value - Means[term]);
}
