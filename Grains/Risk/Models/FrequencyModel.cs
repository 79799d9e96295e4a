using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// A frequency model scored straight from its additive form (no ML.NET engine, so it is thread-safe and allocation-free),
/// and its exact per-variable contributions to a driver's log-frequency relative to the portfolio's average driver.
/// </summary>
public sealed class FrequencyModel(FrequencyFeatureSchema schema, AdditiveLogRate logRate)
{
    public FrequencyFeatureSchema Schema => schema;

    /// <summary>Claims per policy-year of a driver whose every term sits at the portfolio mean.</summary>
    public double AverageDriverFrequency => Math.Exp(logRate.Intercept);

    public double Frequency(RatingVariables rating, DriverFeatures? driving)
    {
        Span<float> features = stackalloc float[schema.Terms.Length];
        schema.Encode(rating, driving, features);
        return Math.Exp(logRate.LogRate(features));
    }

    /// <summary>Each of <see cref="FrequencyFeatureSchema.Variables"/>' summed term contributions; they add up to ln(frequency / average).</summary>
    public double[] Contributions(RatingVariables rating, DriverFeatures? driving)
    {
        Span<float> features = stackalloc float[schema.Terms.Length];
        schema.Encode(rating, driving, features);
        var contributions = new double[schema.Variables.Length];
        for (var j = 0; j < schema.Terms.Length; j++)
        {
            contributions[schema.VariableOfTerm[j]] += logRate.Terms[j].Contribution(features[j]);
        }

        return contributions;
    }
}
