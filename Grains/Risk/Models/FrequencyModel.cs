using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// A frequency model scored straight from its additive form (no ML.NET engine, so it is thread-safe and allocation-free),
/// and its exact per-variable contributions to a driver's log-frequency relative to the portfolio's typical driver.
/// Variables are capped to <paramref name="ranges"/>, what the portfolio covers, before they are scored.
/// </summary>
public sealed class FrequencyModel
{
    private readonly AdditiveLogRate _logRate;
    private readonly IReadOnlyDictionary<string, PortfolioRange> _ranges;
    private readonly double[] _reference;

    /// <summary>
    /// Contributions are measured from a reference driver: at the portfolio's median of each numeric variable (which an
    /// explanation quotes as "typical") and at the training average of each category's effect. So a value above the
    /// typical one of an increasing variable never reads as lowering the premium, as it could against the mean effect of
    /// a skewed rate.
    /// </summary>
    public FrequencyModel(FrequencyFeatureSchema schema, AdditiveLogRate logRate, IReadOnlyDictionary<string, PortfolioRange> ranges)
    {
        Schema = schema;
        _logRate = logRate;
        _ranges = ranges;
        _reference = [.. schema.Terms.Select((term, j) => !term.Variable.IsCategory && ranges.TryGetValue(term.Variable.Name, out var range)
            ? logRate.Terms[j].Effect((float)term.Transform(range.Median))
            : logRate.Terms[j].Centre)];
        // ln(rate) = Intercept + Σ (effect − centre) = ReferenceLogRate + Σ (effect − reference).
        ReferenceLogRate = logRate.Intercept + _reference.Select((r, j) => r - logRate.Terms[j].Centre).Sum();
    }

    public FrequencyFeatureSchema Schema { get; }

    /// <summary>ln(claims per policy-year) of the reference driver the contributions are measured from.</summary>
    public double ReferenceLogRate { get; }

    public double ReferenceFrequency => Math.Exp(ReferenceLogRate);

    public double Frequency(RatingVariables rating, DriverFeatures? driving)
    {
        Span<float> features = stackalloc float[Schema.Terms.Length];
        Schema.Encode(rating, driving, features, _ranges);
        return Math.Exp(_logRate.LogRate(features));
    }

    /// <summary>Each of <see cref="FrequencyFeatureSchema.Variables"/>' summed term contributions; they add up to ln(frequency / reference).</summary>
    public double[] Contributions(RatingVariables rating, DriverFeatures? driving)
    {
        Span<float> features = stackalloc float[Schema.Terms.Length];
        Schema.Encode(rating, driving, features, _ranges);
        var contributions = new double[Schema.Variables.Length];
        for (var j = 0; j < Schema.Terms.Length; j++)
        {
            contributions[Schema.VariableOfTerm[j]] += _logRate.Terms[j].Effect(features[j]) - _reference[j];
        }

        return contributions;
    }
}
