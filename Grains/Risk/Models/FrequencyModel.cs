using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// A Poisson GLM scored straight from its coefficients (no ML.NET engine, so it is thread-safe and allocation-free),
/// and its exact per-variable contributions to a driver's log-frequency relative to the portfolio's average driver.
/// </summary>
public sealed class FrequencyModel(FrequencyFeatureSchema schema, GlmCoefficients coefficients)
{
    public FrequencyFeatureSchema Schema => schema;

    /// <summary>Claims per policy-year of a driver whose every term sits at the portfolio mean.</summary>
    public double AverageDriverFrequency => Math.Exp(coefficients.Intercept);

    public double Frequency(RatingVariables rating, DriverFeatures? driving)
    {
        Span<float> features = stackalloc float[schema.Terms.Length];
        schema.Encode(rating, driving, features);
        return Math.Exp(coefficients.LogRate(features));
    }

    /// <summary>Each of <see cref="FrequencyFeatureSchema.Variables"/>' summed term contributions; they add up to ln(frequency / average).</summary>
    public double[] Contributions(RatingVariables rating, DriverFeatures? driving)
    {
        Span<float> features = stackalloc float[schema.Terms.Length];
        schema.Encode(rating, driving, features);
        var contributions = new double[schema.Variables.Length];
        for (var j = 0; j < schema.Terms.Length; j++)
        {
            contributions[schema.VariableOfTerm[j]] += coefficients.Contribution(j, features[j]);
        }

        return contributions;
    }
}
